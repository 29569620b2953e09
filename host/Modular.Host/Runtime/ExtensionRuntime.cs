using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Serialization.Metadata;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Modular.Sdk.Manifest;
using Modular.Sdk.Modules;

namespace Modular.Host.Runtime;

/// <summary>
/// Loads, swaps and unloads modules and plugins. One change at a time; a failure in one extension is recorded on
/// its slot and never escapes to the host or to the other extensions.
/// </summary>
internal sealed class ExtensionRuntime(
    IOptions<ExtensionOptions> options,
    ILifetimeScope root,
    ExtensionEndpointDataSource endpoints,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<ExtensionRuntime> logger)
{
    private readonly ConcurrentDictionary<string, ExtensionSlot> slotsByFolder = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Task, bool> retirements = new();
    private readonly SemaphoreSlim changes = new(1, 1);

    public IReadOnlyList<ExtensionSlot> Slots => [.. slotsByFolder.Values.OrderBy(s => s.Kind).ThenBy(s => s.Id, StringComparer.Ordinal)];

    public IEnumerable<LoadedExtension> Active => slotsByFolder.Values.Select(s => s.Active).OfType<LoadedExtension>();

    public IEnumerable<string> Folders => slotsByFolder.Keys;

    public ExtensionSlot? Find(string id) => slotsByFolder.Values.FirstOrDefault(s => s.Id == id);

    public async Task LoadAllAsync(CancellationToken cancellationToken)
    {
        await changes.WaitAsync(cancellationToken);
        try
        {
            foreach (var (folder, kind) in ExtensionDiscovery.Find(options.Value, logger))
            {
                var slot = slotsByFolder.GetOrAdd(folder, _ => new ExtensionSlot(Path.GetFileName(folder), kind, folder));
                TryReadManifest(slot);
            }

            foreach (var slot in DependencyOrder.Sort(slotsByFolder.Values.ToList()))
                await LoadAsync(slot, cancellationToken);
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>Loads the folder's current build beside the version serving now and switches to it; used by the admin API and the folder watcher.</summary>
    /// <param name="force">Reload even when the entry assembly is byte for byte the one serving (an operator's explicit request); the watcher skips those.</param>
    /// <returns>The slot, or null when the folder holds no extension (any version it served is retired).</returns>
    public async Task<ExtensionSlot?> ReloadFolderAsync(string folder, ExtensionKind kind, CancellationToken cancellationToken, bool force = false)
    {
        await changes.WaitAsync(cancellationToken);
        try
        {
            if (ManifestReader.FindManifest(folder) is null)
            {
                if (slotsByFolder.TryRemove(folder, out var removed) && removed.Active is { } serving)
                {
                    // Unpublished first: a retired endpoint left routed would hand its requests to itself as "successor", forever.
                    PublishEndpoints();
                    Retire(removed, serving);
                }
                return null;
            }

            var slot = slotsByFolder.GetOrAdd(folder, _ => new ExtensionSlot(Path.GetFileName(folder), kind, folder));
            await LoadAsync(slot, cancellationToken, force);
            return slot;
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>
    /// Stops every version, newest dependency last, without the drain grace: the server has stopped taking requests.
    /// Their load contexts are unloaded but not collected by force: the process is ending, and the forced
    /// collections a swap runs to prove a version gone cost a full collection each, ten per version still referenced.
    /// </summary>
    public async Task StopAllAsync(CancellationToken cancellationToken)
    {
        var active = DependencyOrder.Sort(slotsByFolder.Values.ToList()).Reverse();
        foreach (var slot in active)
        {
            if (slot.Active is not { } serving)
                continue;
            slot.Active = null;
            slot.Reason = "The host stopped.";
            await AwaitRetirementAsync(serving.RetireAsync(TimeSpan.Zero, cancellationToken), serving.Context.Manifest);
        }
        await WhenRetiredAsync();
    }

    /// <summary>Completes when every swapped-out version has drained and been unloaded (collection may still be pending).</summary>
    public Task WhenRetiredAsync() => Task.WhenAll(retirements.Keys);

    private bool TryReadManifest(ExtensionSlot slot)
    {
        try
        {
            var manifest = ManifestReader.Read(ManifestReader.FindManifest(slot.Folder) ?? throw new InvalidDataException("The manifest is missing."));
            slot.Manifest = manifest;
            slot.Id = manifest.Id;
            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            Refuse(slot, $"Unreadable manifest: {e.Message}");
            return false;
        }
    }

    private async Task LoadAsync(ExtensionSlot slot, CancellationToken cancellationToken, bool force = false)
    {
        if (!TryReadManifest(slot))
            return;

        var manifest = slot.Manifest!;
        var settings = configuration.GetSection($"Extensions:{manifest.Id}");
        slot.DisabledByConfiguration = !settings.GetValue("Enabled", true);
        if (slot.DisabledByConfiguration)
        {
            slot.Reason = $"Disabled by configuration Extensions:{manifest.Id}:Enabled.";
            if (slot.Active is { } serving)
            {
                slot.Active = null;
                PublishEndpoints();
                Retire(slot, serving);
            }
            return;
        }

        if (!Version.TryParse(manifest.SdkVersion, out var sdk) || !SdkVersion.IsCompatible(sdk))
        {
            slot.Unsupported = slot.Active is null;
            Refuse(slot, $"Built against SDK {manifest.SdkVersion}; this host runs SDK {SdkVersion.Current.ToString(3)}.");
            return;
        }
        slot.Unsupported = false;

        var missing = manifest.DependsOn.Where(id => Find(id)?.Active is null).ToList();
        if (missing.Count > 0)
        {
            Refuse(slot, $"Depends on {string.Join(", ", missing)}, which is not active.");
            return;
        }

        var entryPath = Path.Combine(slot.Folder, manifest.EntryAssembly);
        var hash = Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(entryPath, cancellationToken)));
        if (!force && slot.Active?.EntryHash == hash)
            return;

        LoadedExtension candidate;
        try
        {
            candidate = await BuildAsync(manifest, slot.Folder, settings, hash, cancellationToken);
        }
        catch (Exception e)
        {
            Refuse(slot, $"Failed to load {manifest.Version}: {e.GetType().Name}: {e.Message}");
            logger.LogError(e, "Loading {Id} {Version} failed", manifest.Id, manifest.Version);
            return;
        }

        var previous = slot.Active;
        slot.Active = candidate;
        slot.Reason = null;
        PublishEndpoints();
        logger.LogInformation("{Kind} {Id} {Version} is active", slot.Kind, manifest.Id, manifest.Version);
        if (previous is not null)
            Retire(slot, previous);
    }

    private void Refuse(ExtensionSlot slot, string reason)
    {
        slot.Reason = slot.Active is null ? reason : $"{reason} Version {slot.Active.Context.Manifest.Version} keeps serving.";
        logger.LogWarning("{Kind} {Id}: {Reason}", slot.Kind, slot.Id, slot.Reason);
    }

    private async Task<LoadedExtension> BuildAsync(ExtensionManifest manifest, string folder, IConfiguration settings, string hash, CancellationToken cancellationToken)
    {
        var loadContext = new ExtensionLoadContext($"{manifest.Id} {manifest.Version}", folder);
        ILifetimeScope? scope = null;
        try
        {
            var assembly = loadContext.LoadFromFile(Path.Combine(folder, manifest.EntryAssembly));
            var entryTypes = assembly.GetExportedTypes().Where(t => typeof(IModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }).ToList();
            if (entryTypes.Count != 1)
                throw new InvalidOperationException($"{manifest.EntryAssembly} must hold exactly one public IModule class; it holds {entryTypes.Count}.");

            var module = (IModule)Activator.CreateInstance(entryTypes[0])!;
            var context = new ModuleContext(manifest, folder, settings);
            scope = root.BeginLoadContextLifetimeScope(manifest.Id, loadContext, builder =>
            {
                builder.RegisterInstance(context).As<IModuleContext>();
                builder.Register(c => new ModuleServiceScopeFactory(c.Resolve<ILifetimeScope>())).As<IServiceScopeFactory>().InstancePerLifetimeScope();
                // Its own JSON options: the type metadata System.Text.Json caches for this version's types dies with it.
                builder.RegisterInstance(Options.Create(PrivateJsonOptions(root.Resolve<IOptions<JsonOptions>>().Value))).As<IOptions<JsonOptions>>();
                // Its own loggers: the host's ILogger<T> is a root singleton, and one made for this version's type would keep the version alive.
                // Not enough for plugins: their unload tests still fail with ILogger<T> of their own types (the root's open-generic
                // registration, consulted when this scope resolves one, is the likely holder), so extensions name their loggers by string.
                builder.RegisterGeneric(typeof(Logger<>)).As(typeof(ILogger<>)).SingleInstance();
                module.RegisterServices(builder, context);
            });

            var services = new AutofacServiceProvider(scope);
            var routes = new ExtensionRouteBuilder(services);
            module.MapEndpoints(routes, context);
            var loaded = new LoadedExtension(context, loadContext, scope, module, hash, time.GetUtcNow());
            loaded.AdoptEndpoints(routes.DataSources.SelectMany(source => source.Endpoints), FindSuccessor);

            await module.InstallAsync(context, services, cancellationToken);
            await module.StartAsync(context, services, cancellationToken);
            return loaded;
        }
        catch
        {
            if (scope is not null)
                await scope.DisposeAsync();
            loadContext.Unload();
            throw;
        }
    }

    /// <summary>The host's JSON conventions (unknown fields refused, enums by name) with a metadata cache of the version's own.</summary>
    private static JsonOptions PrivateJsonOptions(JsonOptions host)
    {
        var json = new JsonOptions();
        json.SerializerOptions.TypeInfoResolver = new DefaultJsonTypeInfoResolver();
        json.SerializerOptions.UnmappedMemberHandling = host.SerializerOptions.UnmappedMemberHandling;
        // Converter factories are stateless: the converters they make are cached in the options that use them, these.
        foreach (var converter in host.SerializerOptions.Converters)
            json.SerializerOptions.Converters.Add(converter);
        return json;
    }

    private void PublishEndpoints() => endpoints.Publish([.. Active.SelectMany(extension => extension.Endpoints)]);

    private RequestDelegate? FindSuccessor(RouteEndpoint retired)
    {
        var methods = retired.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
        return endpoints.Endpoints.OfType<RouteEndpoint>()
            .FirstOrDefault(e => e.RoutePattern.RawText == retired.RoutePattern.RawText
                && (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).SequenceEqual(methods))
            ?.RequestDelegate;
    }

    private void Retire(ExtensionSlot slot, LoadedExtension version)
    {
        slot.AddRetired(new RetiredVersion(version.Context.Manifest.Version ?? "", new WeakReference(version.LoadContext), time.GetUtcNow()));
        var grace = TimeSpan.FromMilliseconds(options.Value.DrainGraceMilliseconds);
        _ = RetireNowAsync(version, grace, CancellationToken.None);
    }

    /// <summary>A version that throws while stopping is unloaded all the same; the failure is only logged.</summary>
    private async Task AwaitRetirementAsync(Task retiring, ExtensionManifest manifest)
    {
        try
        {
            await retiring;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Stopping {Id} {Version} failed; it is unloaded anyway", manifest.Id, manifest.Version);
        }
    }

    // Deliberately not async: an async method would keep `version` (and so its load context) alive in its state
    // machine while the collections below run, and the version would only be freed by the next swap's collections.
    private Task RetireNowAsync(LoadedExtension version, TimeSpan grace, CancellationToken cancellationToken)
    {
        var retirement = RetireAndCollectAsync(
            version.RetireAsync(grace, cancellationToken), version.Context.Manifest, new WeakReference(version.LoadContext));
        retirements.TryAdd(retirement, true);
        retirement.ContinueWith(done => retirements.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return retirement;
    }

    private async Task RetireAndCollectAsync(Task retiring, ExtensionManifest manifest, WeakReference loadContext)
    {
        await AwaitRetirementAsync(retiring, manifest);

        // An unloaded context is only freed by a collection; a few now make PendingUnload mean "rooted", not "not yet collected".
        for (var attempt = 0; attempt < 10 && loadContext.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            await Task.Delay(100, CancellationToken.None);
        }

        if (loadContext.IsAlive)
            logger.LogWarning("{Id} {Version} is unloaded but still referenced; it stays PendingUnload", manifest.Id, manifest.Version);
    }
}
