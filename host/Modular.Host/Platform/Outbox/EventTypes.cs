using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Modular.Sdk.Events;

namespace Modular.Host.Platform.Outbox;

/// <summary>
/// Writes an integration event as an outbox row and reads it back. Only events whose type lives in the default load
/// context (a module's Contracts, the SDK, the host) may go through the outbox: those types never unload, so the
/// dispatcher can always find them, and System.Text.Json's and MediatR's caches of them root nothing.
/// </summary>
internal static class EventTypes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly ConcurrentDictionary<string, Type> Resolved = new(StringComparer.Ordinal);

    public static OutboxMessage ToMessage(IntegrationEvent integrationEvent, DateTimeOffset now)
    {
        var type = integrationEvent.GetType();
        if (AssemblyLoadContext.GetLoadContext(type.Assembly) != AssemblyLoadContext.Default)
            throw new InvalidOperationException($"{type.FullName} is private to a module. Events sent through the outbox must be defined in a Contracts assembly.");

        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = NameOf(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, Json),
            TenantId = integrationEvent.TenantId,
            OccurredAt = integrationEvent.OccurredAt.ToUniversalTime(),
            NextAttemptAt = now,
        };
    }

    /// <exception cref="InvalidOperationException">The type is not loaded or cannot be loaded (its module is not installed here).</exception>
    public static IntegrationEvent ToEvent(OutboxMessage message) =>
        (IntegrationEvent)JsonSerializer.Deserialize(message.Payload, Resolve(message.Type), Json)!;

    /// <summary><c>Namespace.Type, Assembly</c>: no version, so rows written by an older Contracts build still resolve.</summary>
    public static string NameOf(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";

    private static Type Resolve(string name) => Resolved.GetOrAdd(name, static name =>
    {
        // Type.GetType loads a Contracts assembly that is not loaded yet (the host's resolver finds it in its module's folder).
        var type = Type.GetType(name, throwOnError: false) ?? FindLoaded(name);
        return type is not null && typeof(IntegrationEvent).IsAssignableFrom(type) && AssemblyLoadContext.GetLoadContext(type.Assembly) == AssemblyLoadContext.Default
            ? type
            : throw new InvalidOperationException($"The event type '{name}' is not available: is the module defining it installed?");
    });

    /// <summary>Looks among the default context's assemblies, for one loaded in a way <see cref="Type.GetType(string)"/> does not see (from a path).</summary>
    private static Type? FindLoaded(string name)
    {
        var separator = name.LastIndexOf(", ", StringComparison.Ordinal);
        if (separator < 0)
            return null;
        var (typeName, assemblyName) = (name[..separator], name[(separator + 2)..]);
        return AssemblyLoadContext.Default.Assemblies
            .Where(assembly => assembly.GetName().Name == assemblyName)
            .Select(assembly => assembly.GetType(typeName, throwOnError: false))
            .FirstOrDefault(type => type is not null);
    }
}
