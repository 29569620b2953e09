using System.Text;
using System.Text.Json;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Network;

namespace Modular.Plugins.Crm.GenericHttp;

/// <summary>
/// The client's endpoint over the plugin's own HttpClient, built on the operator's outbound rules (the URL is the
/// tenant's to choose; redirects are never followed). Bodies arrive as JSON text and answers are read with
/// JsonDocument, never through serialised types of the plugin: System.Text.Json caches metadata of every type it
/// serialises, which would keep an unloaded plugin in memory.
/// </summary>
internal sealed class ReceiverEndpoint(OutboundRules rules, TimeSpan timeout, TimeProvider time) : IDisposable
{
    // The endpoint is anyone's code: a megabyte is far more than {"id": "..."} and keeps a runaway answer out of memory.
    private const int MaxAnswerBytes = 1024 * 1024;

    private readonly HttpClient http = new(rules.CreateHandler()) { Timeout = timeout, MaxResponseContentBufferSize = MaxAnswerBytes };

    /// <summary>Posts <paramref name="body"/> to the endpoint as <paramref name="eventName"/>.</summary>
    public async Task<ReceiverAnswer> PostAsync(Uri url, EndpointSettings settings, string eventName, string? idempotencyKey, string body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        // Checked by EndpointSettings: a request header that is not one of those set below, and a value without line breaks.
        request.Headers.TryAddWithoutValidation(settings.SecretHeader, settings.Secret);
        request.Headers.Add(EndpointContract.EventHeader, eventName);
        if (idempotencyKey is not null)
            request.Headers.Add(EndpointContract.IdempotencyKeyHeader, idempotencyKey);
        request.Headers.Accept.ParseAdd("application/json");
        using var answer = await CrmHttp.SendAsync(http, request, "The endpoint", cancellationToken);
        if (answer.Failure is { } unanswered)
            return Failed(unanswered);
        if (!answer.Response!.IsSuccessStatusCode)
            return Failed(ReceiverFailures.From(answer.Response, answer.Body, settings.Secret, time.GetUtcNow()));
        var id = IdOf(answer.Body);
        return id is { Length: > EndpointContract.MaxIdLength }
            ? Failed(new CrmResult(RemoteOutcome.PermanentFailure,
                Message: $"The endpoint answered an id of {id.Length} characters; an id has at most {EndpointContract.MaxIdLength}."))
            : new ReceiverAnswer((int)answer.Response.StatusCode, id, null);
    }

    public void Dispose() => http.Dispose();

    private static ReceiverAnswer Failed(CrmResult failure) => new(0, null, failure);

    /// <summary>
    /// The <c>id</c> of an answer that is a JSON object, as text whether a string or a number. The body of a success is
    /// optional in the contract, so an empty one, or one that is not JSON (a plain "OK"), names no id.
    /// </summary>
    private static string? IdOf(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("id", out var id))
                return null;
            return id.ValueKind switch
            {
                JsonValueKind.String when id.GetString() is { Length: > 0 } value => value,
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
