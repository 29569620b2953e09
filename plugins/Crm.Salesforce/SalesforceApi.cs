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

        using var request = new HttpRequestMessage(method, new Uri(Root(connection.BaseUrl), $"services/data/{settings.ApiVersion}/{path}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            request.Headers.TryAddWithoutValidation(DuplicateRuleHeader, RefuseDuplicates);
        }
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
                return new SalesforceAnswer(default, SalesforceFailures.From(response, text, time.GetUtcNow()));
            using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
            return new SalesforceAnswer(document.RootElement.Clone(), null);
        }
        catch (HttpRequestException e) when (e.InnerException is OutboundTargetRefusedException refused)
        {
            return Failed(RemoteOutcome.PermanentFailure, refused.Message);
        }
        catch (HttpRequestException e)
        {
            return Failed(RemoteOutcome.RetryableFailure, $"Salesforce could not be reached: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(RemoteOutcome.RetryableFailure, $"Salesforce did not answer within {timeout.TotalSeconds:0} s.");
        }
        catch (JsonException)
        {
            return Failed(RemoteOutcome.RetryableFailure, "Salesforce answered something that is not JSON.");
        }
    }

    public void Dispose() => http.Dispose();

    private static SalesforceAnswer Failed(RemoteOutcome outcome, string message) => new(default, new CrmResult(outcome, Message: message));

    // Without a trailing slash, an instance URL with a path (a proxy's /salesforce) would lose its last segment when combined.
    private static Uri Root(Uri baseUrl) => baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
}
