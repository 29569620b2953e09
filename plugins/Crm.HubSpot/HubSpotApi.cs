using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Network;

namespace Modular.Plugins.Crm.HubSpot;

/// <summary>What HubSpot answered: the JSON of a success, or the failure as a connector result.</summary>
internal sealed record HubSpotAnswer(JsonElement Json, CrmResult? Failure);

/// <summary>
/// HubSpot's API over the plugin's own HttpClient, with the tenant's private app token as Bearer. Answers are read
/// with JsonDocument and requests written with JsonNode, never with serialised types of the plugin: System.Text.Json
/// caches metadata of every type it serialises, which would keep an unloaded plugin in memory.
/// </summary>
internal sealed class HubSpotApi(OutboundRules rules, TimeSpan timeout) : IDisposable
{
    public const string AccessTokenSetting = "accessToken";

    private readonly HttpClient http = new(rules.CreateHandler()) { Timeout = timeout };

    public async Task<HubSpotAnswer> SendAsync(CrmConnection connection, HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        if (!connection.Settings.TryGetValue(AccessTokenSetting, out var token) || string.IsNullOrWhiteSpace(token))
            return Failed(RemoteOutcome.PermanentFailure, "The connection has no accessToken: paste the token of a HubSpot private app with the crm.objects.contacts scopes.");

        using var request = new HttpRequestMessage(method, new Uri(CrmHttp.Root(connection.BaseUrl), path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var answer = await CrmHttp.SendAsync(http, request, "HubSpot", cancellationToken);
        if (answer.Failure is { } unanswered)
            return new HubSpotAnswer(default, unanswered);
        try
        {
            if (!answer.Response!.IsSuccessStatusCode)
                return new HubSpotAnswer(default, HubSpotFailures.From(answer.Response, answer.Body));
            using var document = JsonDocument.Parse(answer.Body.Length == 0 ? "{}" : answer.Body);
            return new HubSpotAnswer(document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            return Failed(RemoteOutcome.RetryableFailure, "HubSpot answered something that is not JSON.");
        }
    }

    public void Dispose() => http.Dispose();

    private static HubSpotAnswer Failed(RemoteOutcome outcome, string message) => new(default, new CrmResult(outcome, Message: message));
}
