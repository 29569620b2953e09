using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Network;

namespace Modular.Plugins.Crm.Salesforce;

/// <summary>
/// Salesforce's REST API (<c>/services/data/vXX.X/…</c> under the org's instance URL) over the plugin's own HttpClient,
/// with the tenant's access token as Bearer. Answers are read with JsonDocument and requests written with JsonNode,
/// never with serialised types of the plugin: System.Text.Json caches metadata of every type it serialises, which would
/// keep an unloaded plugin in memory.
/// </summary>
internal sealed class SalesforceApi(OutboundRules rules, TimeProvider time, TimeSpan timeout) : IDisposable
{
    // allowSave=false is Salesforce's default, spelled out so no org setting or later default changes it: when one of the
    // org's duplicate rules alerts on a lead being saved, Salesforce refuses it with DUPLICATES_DETECTED, which the
    // connector reports as a conflict for a person to resolve, instead of saving a second lead for the same person.
    // Salesforce reads the header on creates, updates and upserts only, so it goes with requests that carry a body.
    private const string DuplicateRuleHeader = "Sforce-Duplicate-Rule-Header";
    private const string RefuseDuplicates = "allowSave=false";

    private readonly HttpClient http = new(rules.CreateHandler()) { Timeout = timeout };

    /// <summary>Sends <paramref name="path"/>, relative to <c>services/data/vXX.X/</c> of the connection's API version.</summary>
    public async Task<SalesforceAnswer> SendAsync(CrmConnection connection, HttpMethod method, string path, JsonNode? body, CancellationToken cancellationToken)
    {
        if (SalesforceSettings.Read(connection.Settings, out var problem) is not { } settings)
            return Failed(RemoteOutcome.PermanentFailure, problem!);

        using var request = new HttpRequestMessage(method, new Uri(CrmHttp.Root(connection.BaseUrl), $"services/data/{settings.ApiVersion}/{path}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            request.Headers.TryAddWithoutValidation(DuplicateRuleHeader, RefuseDuplicates);
        }
        using var answer = await CrmHttp.SendAsync(http, request, "Salesforce", cancellationToken);
        if (answer.Failure is { } unanswered)
            return new SalesforceAnswer(default, unanswered);
        try
        {
            if (!answer.Response!.IsSuccessStatusCode)
                return new SalesforceAnswer(default, SalesforceFailures.From(answer.Response, answer.Body, time.GetUtcNow()));
            using var document = JsonDocument.Parse(answer.Body.Length == 0 ? "{}" : answer.Body);
            return new SalesforceAnswer(document.RootElement.Clone(), null);
        }
        catch (JsonException)
        {
            return Failed(RemoteOutcome.RetryableFailure, "Salesforce answered something that is not JSON.");
        }
    }

    public void Dispose() => http.Dispose();

    private static SalesforceAnswer Failed(RemoteOutcome outcome, string message) => new(default, new CrmResult(outcome, Message: message));
}
