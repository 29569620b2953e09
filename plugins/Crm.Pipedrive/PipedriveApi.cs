using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Network;

namespace Modular.Plugins.Crm.Pipedrive;

/// <summary>
/// Pipedrive's API over the plugin's own HttpClient, with the tenant's API token in the <c>x-api-token</c> header.
/// Pipedrive also takes the token as an <c>api_token</c> query parameter, but a URL ends up in proxy and server logs,
/// so it is never put there. Answers are read with JsonDocument and requests written with JsonNode, never with
/// serialised types of the plugin: System.Text.Json caches metadata of every type it serialises, which would keep an
/// unloaded plugin in memory.
/// </summary>
internal sealed class PipedriveApi(OutboundRules rules, TimeSpan timeout) : IDisposable
{
    public const string ApiTokenSetting = "apiToken";

    private readonly HttpClient http = new(rules.CreateHandler()) { Timeout = timeout };

    public async Task<PipedriveAnswer> SendAsync(CrmConnection connection, HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        if (!connection.Settings.TryGetValue(ApiTokenSetting, out var token) || string.IsNullOrWhiteSpace(token))
            return Failed(RemoteOutcome.PermanentFailure, "The connection has no apiToken: paste the personal API token from Pipedrive's Personal preferences > API.");

        using var request = new HttpRequestMessage(method, new Uri(CrmHttp.Root(connection.BaseUrl), path));
        request.Headers.Add("x-api-token", token);
        if (body is not null)
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var answer = await CrmHttp.SendAsync(http, request, "Pipedrive", cancellationToken);
        if (answer.Failure is { } unanswered)
            return new PipedriveAnswer(default, unanswered);
        try
        {
            if (!answer.Response!.IsSuccessStatusCode)
                return new PipedriveAnswer(default, PipedriveFailures.From(answer.Response, answer.Body));
            using var document = JsonDocument.Parse(answer.Body);
            // Every success is wrapped as {"success":true,"data":...}; data is null where a list is empty.
            var additional = document.RootElement.TryGetProperty("additional_data", out var more) ? more.Clone() : default;
            return document.RootElement.TryGetProperty("data", out var data)
                ? new PipedriveAnswer(data.Clone(), null, additional)
                : Failed(RemoteOutcome.RetryableFailure, "Pipedrive answered without the data of its usual envelope.");
        }
        catch (JsonException)
        {
            return Failed(RemoteOutcome.RetryableFailure, "Pipedrive answered something that is not JSON.");
        }
    }

    public void Dispose() => http.Dispose();

    private static PipedriveAnswer Failed(RemoteOutcome outcome, string message) => new(default, new CrmResult(outcome, Message: message));
}
