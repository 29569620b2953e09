using Microsoft.EntityFrameworkCore;
using Modular.Modules.Webhooks.Contracts;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Endpoints;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Delivering;

/// <summary>
/// Ends an attempt: a 2xx delivers; 410 Gone disables the endpoint; anything else (3xx included: redirects are not
/// followed) is retried on the schedule, not before a 429's or 503's <c>Retry-After</c>, until the schedule runs out.
/// An endpoint that has not had one success for <see cref="DeliveryPolicy.DisableAfter"/> is disabled; sporadic
/// failures never disable, as every success restarts the count.
/// </summary>
internal sealed class DeliveryOutcomes(
    WebhooksDbContext webhooks, IJobScheduler jobs, IOutbox outbox, DeliveryPolicy policy, EndpointRateGate rateGate, TimeProvider time)
{
    public async Task EndAsync(WebhookEndpoint endpoint, Delivery delivery, EndpointAnswer answer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        delivery.LastStatusCode = answer.StatusCode;
        if (answer.Succeeded)
        {
            End(delivery, DeliveryStatuses.Succeeded, now);
            endpoint.FailingSince = null;
        }
        else if (answer.StatusCode == 410)
        {
            End(delivery, DeliveryStatuses.Failed, now);
            Disable(endpoint, "The endpoint answered 410 Gone.", now);
        }
        else
        {
            endpoint.FailingSince ??= now;
            if (now - endpoint.FailingSince >= policy.DisableAfter)
            {
                End(delivery, DeliveryStatuses.Failed, now);
                Disable(endpoint, $"Every attempt failed for {policy.DisableAfter.TotalDays:0.#} days.", now);
            }
            else if (policy.DelayAfter(delivery.Attempts, RetryAfterOf(answer)) is { } delay)
                await RetryAtAsync(delivery, now + delay, now, cancellationToken);
            else
                End(delivery, DeliveryStatuses.Failed, now);
        }
        await webhooks.SaveAtomicallyAsync(cancellationToken);
    }

    public async Task GiveUpAsync(Delivery delivery, string eventType, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        End(delivery, DeliveryStatuses.Failed, now);
        webhooks.Add(new DeliveryAttemptRecord
        {
            Id = Guid.CreateVersion7(), TenantId = delivery.TenantId, DeliveryId = delivery.Id, EndpointId = delivery.EndpointId,
            MessageId = delivery.MessageId, EventType = eventType, Attempt = delivery.Attempts, AttemptedAt = now, Error = reason,
        });
        await webhooks.SaveAtomicallyAsync(cancellationToken);
    }

    /// <summary>True when the endpoint has had its attempts for this second: the delivery waits a second without counting an attempt.</summary>
    public async Task<bool> OverRateLimitAsync(WebhookEndpoint endpoint, Delivery delivery, CancellationToken cancellationToken)
    {
        if (endpoint.RateLimitPerSecond is not { } limit)
            return false;
        var now = time.GetUtcNow();
        var since = now - TimeSpan.FromSeconds(1);
        // Across tenants: a platform-wide endpoint's attempts are logged under the operator, not the tenant sending now.
        if (rateGate.TryTake(endpoint.Id, limit)
            && await webhooks.Set<DeliveryAttemptRecord>().IgnoreQueryFilters().CountAsync(a => a.EndpointId == endpoint.Id && a.AttemptedAt > since, cancellationToken) < limit)
            return false;
        await RetryAtAsync(delivery, now + TimeSpan.FromSeconds(1), now, cancellationToken);
        await webhooks.SaveAtomicallyAsync(cancellationToken);
        return true;
    }

    private async Task RetryAtAsync(Delivery delivery, DateTimeOffset next, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The job is stored before the delivery says when it runs: should the process die in between, the job still
        // finds the delivery pending and sends it.
        await jobs.ScheduleAsync(DeliveryDueJob.Type, new DeliveryDue([delivery.Id]), next, cancellationToken);
        delivery.NextAttemptAt = next;
        delivery.LeaseUntil = null;
        delivery.UpdatedAt = now;
    }

    private void Disable(WebhookEndpoint endpoint, string reason, DateTimeOffset now)
    {
        endpoint.Enabled = false;
        endpoint.DisabledReason = reason;
        endpoint.UpdatedAt = now;
        outbox.Add(new WebhookEndpointDisabled(endpoint.Id, endpoint.Url, reason) { TenantId = endpoint.TenantId, OccurredAt = now });
    }

    private static TimeSpan? RetryAfterOf(EndpointAnswer answer) => answer.StatusCode is 429 or 503 ? answer.RetryAfter : null;

    private static void End(Delivery delivery, string status, DateTimeOffset now)
    {
        delivery.Status = status;
        delivery.NextAttemptAt = null;
        delivery.LeaseUntil = null;
        delivery.UpdatedAt = now;
    }
}
