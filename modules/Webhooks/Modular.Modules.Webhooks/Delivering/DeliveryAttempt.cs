using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Endpoints;
using Modular.Modules.Webhooks.Messages;
using Modular.Sdk.Network;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>
/// One attempt of a delivery: claimed first, so only one instance sends it; signed per Standard Webhooks; recorded in
/// the endpoint's log; then ended by <see cref="DeliveryOutcomes"/> (done, retried later, or failed).
/// </summary>
internal sealed class DeliveryAttempt(
    WebhooksDbContext webhooks, WebhookHttp http, SigningSecrets signing, DeliveryOutcomes outcomes, DeliveryPolicy policy, TimeProvider time)
{
    private const int KeptResponseCharacters = 1024;

    /// <returns>False when another attempt holds the delivery now; true when this one ran it or nothing was due.</returns>
    public async Task<bool> RunAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        if (!await ClaimAsync(deliveryId, cancellationToken))
            return !await webhooks.Set<Delivery>().AnyAsync(d => d.Id == deliveryId && d.Status == DeliveryStatuses.Pending && d.LeaseUntil > time.GetUtcNow(), cancellationToken);
        var delivery = await webhooks.Set<Delivery>().SingleAsync(d => d.Id == deliveryId, cancellationToken);
        var message = await webhooks.Set<WebhookMessage>().AsNoTracking().SingleAsync(m => m.Id == delivery.MessageId, cancellationToken);
        // The endpoint may be the operator's, platform-wide: found by the id our own delivery row holds.
        var endpoint = await webhooks.Set<WebhookEndpoint>().IgnoreQueryFilters().FirstOrDefaultAsync(e => e.Id == delivery.EndpointId, cancellationToken);
        if (endpoint is null || !endpoint.Enabled)
        {
            await outcomes.GiveUpAsync(delivery, message.EventType, endpoint is null ? "The endpoint was deleted." : "The endpoint is disabled.", cancellationToken);
            return true;
        }
        if (await outcomes.OverRateLimitAsync(endpoint, delivery, cancellationToken))
            return true;

        var answer = await SendAsync(endpoint, message, cancellationToken);
        delivery.Attempts++;
        webhooks.Add(new DeliveryAttemptRecord
        {
            Id = Guid.CreateVersion7(),
            // The log is the endpoint owner's: the operator's for a platform-wide endpoint.
            TenantId = endpoint.TenantId,
            DeliveryId = delivery.Id,
            EndpointId = endpoint.Id,
            MessageId = message.Id,
            EventType = message.EventType,
            Attempt = delivery.Attempts,
            AttemptedAt = answer.At,
            StatusCode = answer.StatusCode,
            LatencyMs = answer.LatencyMs,
            ResponseBody = answer.Body,
            Error = answer.Error,
        });
        await outcomes.EndAsync(endpoint, delivery, answer, cancellationToken);
        return true;
    }

    /// <summary>Takes a pending, due delivery for this attempt, unless a live attempt holds it.</summary>
    private async Task<bool> ClaimAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // A second early: the job runner may start a job a moment before the time the delivery was told.
        var due = now + TimeSpan.FromSeconds(1);
        var leaseUntil = now + policy.Lease;
        return await webhooks.Set<Delivery>()
            .Where(d => d.Id == deliveryId && d.Status == DeliveryStatuses.Pending && (d.NextAttemptAt == null || d.NextAttemptAt <= due)
                && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.LeaseUntil, leaseUntil), cancellationToken) == 1;
    }

    private async Task<EndpointAnswer> SendAsync(WebhookEndpoint endpoint, WebhookMessage message, CancellationToken cancellationToken)
    {
        var at = time.GetUtcNow();
        var timestamp = at.ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(message.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", message.Id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signing.SignatureHeader(endpoint, message.Id, timestamp, message.Payload));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Modular-Webhooks", "1"));
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var body = await ReadStartAsync(response, cancellationToken);
            return new EndpointAnswer(at, (int)response.StatusCode, Elapsed(clock), body, null, RetryAfter(response));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OutboundTargetRefusedException && !cancellationToken.IsCancellationRequested)
        {
            var error = e switch
            {
                TaskCanceledException => $"No answer within {policy.AttemptTimeout.TotalSeconds:0.#} seconds.",
                HttpRequestException { InnerException: OutboundTargetRefusedException refused } => refused.Message,
                _ => e.Message,
            };
            return new EndpointAnswer(at, null, Elapsed(clock), null, error, null);
        }
    }

    private static async Task<string?> ReadStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var buffer = new char[KeptResponseCharacters];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return read == 0 ? null : new string(buffer, 0, read);
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };

    private static int Elapsed(Stopwatch clock) => (int)Math.Min(int.MaxValue, clock.ElapsedMilliseconds);
}

/// <summary>What an endpoint answered, or why it did not.</summary>
internal sealed record EndpointAnswer(DateTimeOffset At, int? StatusCode, int LatencyMs, string? Body, string? Error, TimeSpan? RetryAfter)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
