using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Network;

namespace Modular.Plugins.Samples.CrmConnector;

/// <summary>
/// Sample CRM's REST API, a made-up CRM small enough to show everything a connector does. Paths are relative to the
/// tenant's base URL (for example <c>https://api.samplecrm.example/v1/</c>); every call carries
/// <c>Authorization: Bearer &lt;apiKey&gt;</c>; bodies are JSON.
/// <list type="bullet">
/// <item><c>GET me</c>: 200 <c>{"account"}</c> when the key is valid (the connection test).</item>
/// <item><c>GET contacts?email=…</c> or <c>GET contacts?phone=…</c>: 200 <c>[{"id","email","phone","firstName","lastName","company","fields"}]</c>,
/// oldest first; emails match whatever their case, phones exactly (E.164).</item>
/// <item><c>POST contacts</c> <c>{"email","phone","firstName","lastName","company","fields":{…}}</c>: 201 <c>{"id"}</c>; 409 when
/// another contact holds the email (Sample CRM keeps emails unique).</item>
/// <item><c>PUT contacts/{id}</c>, same body: 200; writes the values given and keeps the others; 404 for an unknown id.</item>
/// <item><c>POST contacts/{id}/notes</c> <c>{"text"}</c>: 201 <c>{"id"}</c>; 404 for an unknown contact.</item>
/// <item>Errors: <c>{"error": "…"}</c> with 400, 401 (unknown or revoked key), 404, 409, 429 (with <c>Retry-After</c> in
/// seconds) or 5xx.</item>
/// </list>
/// </summary>
internal sealed class SampleCrmApi(OutboundRules rules, TimeSpan timeout, ILoggerFactory loggers) : IDisposable
{
    /// <summary>The credential a tenant gives when connecting (<c>"credentials": {"apiKey": "…"}</c>).</summary>
    public const string ApiKeySetting = "apiKey";

    private readonly HttpClient http = new(rules.CreateHandler()) { Timeout = timeout };

    // Named with a string, not ILogger<SampleCrmApi>: a logger type closed over one of the plugin's own types is kept
    // by the host's logging services, which outlive the plugin, and keeps this version from unloading.
    private readonly ILogger logger = loggers.CreateLogger("Modular.Plugins.Samples.CrmConnector");

    /// <summary>Sends one call. Never throws for what the CRM or the network does: every failure becomes a result.</summary>
    public async Task<SampleCrmAnswer> SendAsync(CrmConnection connection, HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        // Checked before any call: a connection without its key can never succeed, so retrying it would be pointless.
        if (!connection.Settings.TryGetValue(ApiKeySetting, out var apiKey) || string.IsNullOrWhiteSpace(apiKey))
            return Failed(RemoteOutcome.PermanentFailure, "The connection has no apiKey: create one in Sample CRM under Settings > API keys.");

        using var request = new HttpRequestMessage(method, new Uri(CrmHttp.Root(connection.BaseUrl), path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        // JsonNode and JsonDocument only, never JsonSerializer with the plugin's own types: System.Text.Json keeps
        // metadata for every type it serialises in static caches of the shared framework, which would hold this
        // collectible plugin in memory after it is swapped out. The host clears the caches it knows of when it unloads
        // a version; a plugin that never puts its types there does not have to count on it.
        if (body is not null)
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        // The SDK's CrmHttp sends and reads the answer, and turns what leaves no answer into results: a target the
        // operator's rules refuse (permanent: the tenant must change the base URL), a CRM out of reach or too slow
        // (retryable). Everything that did answer is this connector's to map.
        using var answer = await CrmHttp.SendAsync(http, request, "Sample CRM", cancellationToken);
        if (answer.Failure is { } unanswered)
            return new SampleCrmAnswer(default, unanswered);
        if (!answer.Response!.IsSuccessStatusCode)
        {
            var failure = SampleCrmFailures.From(answer.Response, answer.Body, apiKey);
            // The method, path and status are safe to log; the headers (the key) and the lead's data are not.
            logger.LogWarning("Sample CRM answered {Status} to {Method} {Path}: {Outcome}", (int)answer.Response.StatusCode, method, PathOnly(path), failure.Outcome);
            return new SampleCrmAnswer(default, failure);
        }
        try
        {
            using var document = JsonDocument.Parse(answer.Body.Length == 0 ? "{}" : answer.Body);
            // Cloned: the element must outlive the document, which is disposed here.
            return new SampleCrmAnswer(document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            // A proxy's error page, usually: worth another try later.
            return Failed(RemoteOutcome.RetryableFailure, "Sample CRM answered something that is not JSON.");
        }
    }

    public void Dispose() => http.Dispose();

    private static SampleCrmAnswer Failed(RemoteOutcome outcome, string message) => new(default, new CrmResult(outcome, Message: message));

    // The query holds the lead's email or phone: personal data stays out of the logs.
    private static string PathOnly(string path) => path.Split('?')[0];
}
