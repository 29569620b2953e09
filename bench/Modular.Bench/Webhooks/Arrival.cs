namespace Modular.Bench.Webhooks;

/// <summary>One request a receiver got from the host, and what it answered.</summary>
/// <param name="Receiver">Which receiver (0-based).</param>
/// <param name="WebhookId">The <c>webhook-id</c> header: one message, the same on every attempt.</param>
/// <param name="ArrivedAt">The receiver's wall clock when the request arrived: the host's <paramref name="EventTime"/> is on the same machine's clock.</param>
/// <param name="AnsweredTimestamp">A <see cref="System.Diagnostics.Stopwatch"/> timestamp taken as the answer was given, for rates.</param>
/// <param name="StatusCode">What the receiver answered.</param>
/// <param name="EventTime">The envelope's <c>timestamp</c>: when the host stored the event, in the lead's transaction.</param>
/// <param name="LeadId">The envelope's <c>data.leadId</c>.</param>
/// <param name="SignatureValid">Whether one of the <c>webhook-signature</c> entries matched the receiver's secret.</param>
internal sealed record Arrival(
    int Receiver, string WebhookId, DateTimeOffset ArrivedAt, long AnsweredTimestamp, int StatusCode, DateTimeOffset? EventTime, Guid? LeadId, bool SignatureValid)
{
    public bool Delivered => StatusCode is >= 200 and < 300;
}
