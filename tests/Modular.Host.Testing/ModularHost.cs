using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Runtime;

namespace Modular.Host.Testing;

/// <summary>The real host, in process, loading modules and plugins from a private copy of their folders.</summary>
public sealed class ModularHost : WebApplicationFactory<Program>
{
    public const string OperatorKey = "test-operator-key";

    private readonly Dictionary<string, string?> settings;

    public ModularHost(ExtensionFolders folders, IDictionary<string, string?>? extra = null)
    {
        settings = new Dictionary<string, string?>
        {
            ["Modular:OperatorKey"] = OperatorKey,
            ["Modular:ModulesPath"] = folders.ModulesPath,
            ["Modular:PluginsPath"] = folders.PluginsPath,
            ["Modular:DataDirectory"] = Path.Combine(folders.Root, "data"),
            ["Modular:ReloadDebounceMilliseconds"] = "200",
            ["Modular:DrainGraceMilliseconds"] = "200",
            ["Logging:LogLevel:Default"] = "Warning",
            // Tests point channels at local fake providers, which operators allow only on trusted installs.
            ["Extensions:messaging:AllowBaseUrlOverride"] = "true",
            // Tenant-supplied URLs point at local fakes over http.
            ["Modular:Network:AllowPrivateTargets"] = "true",
            ["Modular:Network:AllowHttp"] = "true",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
    }

    internal ExtensionRuntime Runtime => Services.GetRequiredService<ExtensionRuntime>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
    }

    public HttpClient CreateOperatorClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", OperatorKey);
        return client;
    }
}
