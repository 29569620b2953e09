using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Modular.Host.Platform.ApiKeys;
using Modular.Host.Platform.Tenants;
using Modular.Host.Tests.Infrastructure;

namespace Modular.Host.Tests.Api;

public sealed class LoggingTests : IDisposable
{
    private const string Email = "owner@acme.test";
    private const string LeadInQuery = "lead.person@example.test";

    private readonly ExtensionFolders folders = new();
    private readonly LogCapture capture = new();

    [Fact]
    public async Task Every_entry_a_keyed_request_logs_carries_its_tenant_and_request_id_and_no_entry_at_any_level_holds_a_key()
    {
        using var modular = new ModularHost(folders, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        });
        using var host = Capturing(modular);
        var (tenantId, key) = await CreateTenantAsync(host);
        var client = Client(host, key);

        (await client.GetAsync("/api/v1/tenant")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var created = await client.PostAsJsonAsync("/api/v1/apikeys", new { name = "crm sync" });
        var newKey = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        (await Client(host, key[..^4] + "xxxx").GetAsync("/api/v1/tenant")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var answered = capture.Entries.Where(e => e.Category.EndsWith("RequestLogging", StringComparison.Ordinal)).ToList();
        answered.Count.ShouldBe(3);
        answered.Take(2).ShouldAllBe(e => e.Scope("TenantId") == tenantId.ToString() && !string.IsNullOrEmpty(e.Scope("RequestId")));
        answered[2].Scope("TenantId").ShouldBeNull("a caller that failed authentication has no tenant");
        answered[0].Message.ShouldBe("HTTP GET /api/v1/tenant answered 200 in " + answered[0].Message.Split(" in ")[1]);
        foreach (var secret in new[] { key, Secret(key), newKey, Secret(newKey), key[..^4] + "xxxx" })
            capture.Entries.ShouldNotContain(e => e.Text.Contains(secret), $"a log entry holds an API key ({capture.Entries.Count} entries checked)");
    }

    [Fact]
    public async Task At_the_default_levels_no_information_entry_holds_personal_data()
    {
        using var modular = new ModularHost(folders, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Information" });
        using var host = Capturing(modular);
        var (_, key) = await CreateTenantAsync(host);

        var tenant = await Client(host, key).GetStringAsync($"/api/v1/tenant?email={LeadInQuery}");

        tenant.ShouldContain(Email, Case.Insensitive, "the answer holds the personal data the logs must not");
        capture.Entries.ShouldContain(e => e.Message.StartsWith("HTTP GET /api/v1/tenant answered 200", StringComparison.Ordinal));
        capture.Entries.Where(e => e.Level >= LogLevel.Information)
            .ShouldNotContain(e => e.Text.Contains(Email, StringComparison.OrdinalIgnoreCase) || e.Text.Contains("Lovelace") || e.Text.Contains(LeadInQuery));
    }

    private WebApplicationFactory<Program> Capturing(ModularHost host) =>
        host.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(capture)));

    private static async Task<(Guid TenantId, string Key)> CreateTenantAsync(WebApplicationFactory<Program> host)
    {
        await using var scope = host.Services.GetRequiredService<ILifetimeScope>().BeginLifetimeScope();
        var tenant = await scope.Resolve<TenantRegistration>().CreateAsync(new NewTenant("Acme", "Ada", "Lovelace", Email), CancellationToken.None);
        var (_, key) = await scope.Resolve<ApiKeyIssuer>().IssueAsync(tenant.Id, "tests", [], CancellationToken.None);
        return (tenant.Id, key);
    }

    private static HttpClient Client(WebApplicationFactory<Program> host, string key)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    // mdk_<prefix>_<secret>: the part after the 8-character prefix is what must never be seen. The secret is
    // base64url and may itself hold '_', so it is cut by position, not at the last underscore.
    private static string Secret(string key) => key["mdk_12345678_".Length..];

    public void Dispose()
    {
        capture.Dispose();
        folders.Dispose();
    }

    /// <summary>Keeps every entry with its message, structured values, exception and scope values as they were when logged.</summary>
    private sealed class LogCapture : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(LogCapture capture, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture.scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var scopeValues = new List<KeyValuePair<string, string?>>();
                capture.scopes.ForEachScope((scope, values) => values.AddRange(Flatten(scope)), scopeValues);
                capture.Entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), Flatten(state).ToList(), exception?.ToString(), scopeValues));
            }

            private static IEnumerable<KeyValuePair<string, string?>> Flatten(object? value) =>
                value is IEnumerable<KeyValuePair<string, object?>> pairs
                    ? pairs.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value?.ToString())).Append(new("", value.ToString()))
                    : [new("", value?.ToString())];
        }
    }

    private sealed record Entry(string Category, LogLevel Level, string Message, List<KeyValuePair<string, string?>> Values, string? Exception, List<KeyValuePair<string, string?>> Scopes)
    {
        public string? Scope(string name) => Scopes.LastOrDefault(pair => pair.Key == name).Value;

        public string Text => string.Join('\n', [Category, Message, Exception, .. Values.Select(v => $"{v.Key}={v.Value}"), .. Scopes.Select(s => $"{s.Key}={s.Value}")]);
    }
}
