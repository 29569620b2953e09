using Modular.Sdk.Network;

namespace Modular.Sdk.Extensions.Crm;

/// <summary>
/// The HTTP plumbing every CRM connector needs, written once: the tenant's base URL as a root that relative paths
/// combine under, and a call whose failures without an answer (a target the operator's rules refuse, a host that
/// cannot be reached, a timeout) come back as results the host knows how to retry, never as exceptions.
/// </summary>
public static class CrmHttp
{
    /// <summary>
    /// The base URL ending with a slash: without it, a base URL with a path (a proxy's <c>/hubspot</c>) would lose its
    /// last segment when a relative path is combined with it.
    /// </summary>
    public static Uri Root(Uri baseUrl) => baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    /// <summary>
    /// Sends <paramref name="request"/> and reads the answer's body. An answer of any status comes back as it is, for
    /// the connector to map; no answer at all comes back as a failure: permanent when the operator's outbound rules
    /// refused the target, retryable when the CRM could not be reached or did not answer within the client's timeout.
    /// </summary>
    /// <param name="http">The plugin's client, built on <see cref="OutboundRules.CreateHandler"/>.</param>
    /// <param name="request">The call.</param>
    /// <param name="service">The CRM's name, for messages (<c>HubSpot</c>).</param>
    /// <param name="cancellationToken">Cancels the call; a cancelled call throws as usual.</param>
    public static async Task<CrmHttpAnswer> SendAsync(HttpClient http, HttpRequestMessage request, string service, CancellationToken cancellationToken)
    {
        HttpResponseMessage? response = null;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return new CrmHttpAnswer(response, body, null);
        }
        catch (HttpRequestException e) when (e.InnerException is OutboundTargetRefusedException refused)
        {
            return Failed(response, RemoteOutcome.PermanentFailure, refused.Message);
        }
        catch (HttpRequestException e)
        {
            return Failed(response, RemoteOutcome.RetryableFailure, $"{service} could not be reached: {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(response, RemoteOutcome.RetryableFailure, $"{service} did not answer within {http.Timeout.TotalSeconds:0} s.");
        }
    }

    private static CrmHttpAnswer Failed(HttpResponseMessage? response, RemoteOutcome outcome, string message)
    {
        response?.Dispose();
        return new CrmHttpAnswer(null, "", new CrmResult(outcome, Message: message));
    }
}

/// <summary>What <see cref="CrmHttp.SendAsync"/> got: an answer and its body, or why none came. Dispose it when read.</summary>
/// <param name="Response">The answer, whatever its status; null when none came.</param>
/// <param name="Body">The answer's body as text; empty when none came.</param>
/// <param name="Failure">Why no answer came; null when one did.</param>
public sealed record CrmHttpAnswer(HttpResponseMessage? Response, string Body, CrmResult? Failure) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => Response?.Dispose();
}
