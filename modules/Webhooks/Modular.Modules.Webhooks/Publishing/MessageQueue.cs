using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Webhooks.Contracts;
using Modular.Modules.Webhooks.Data;
using Modular.Modules.Webhooks.Delivering;
using Modular.Modules.Webhooks.Endpoints;
using Modular.Modules.Webhooks.Messages;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Publishing;

/// <summary>
/// Turns an event into a message and queues a delivery to every endpoint that wants it: rows and the
/// <see cref="WebhookDeliveriesQueued"/> event that starts them are stored in one transaction, so a message is
/// never lost between commit and dispatch.
/// </summary>
internal sealed class MessageQueue(WebhooksDbContext webhooks, IOutbox outbox, ICurrentTenant tenant, TimeProvider time)
{
    /// <summary>Stores the message once per source event (a redelivered event changes nothing) and queues its deliveries.</summary>
    /// <remarks>
    /// The tenant's endpoints and the operator's platform-wide ones (tenant <see cref="Guid.Empty"/>) hear it. A tenant
    /// that neither has keeps no messages: there is nobody to replay them to.
    /// </remarks>
    public async Task PublishAsync(Guid sourceEventId, string eventType, DateTimeOffset occurredAt, JsonObject data, CancellationToken cancellationToken)
    {
        var tenantId = tenant.RequiredTenantId;
        var endpoints = await webhooks.Set<WebhookEndpoint>().IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.TenantId == tenantId || e.TenantId == Guid.Empty /* platform-wide */).ToListAsync(cancellationToken);
        if (endpoints.Count == 0
            || await webhooks.Set<WebhookMessage>().AnyAsync(m => m.SourceEventId == sourceEventId, cancellationToken))
            return;
        var message = NewMessage(tenantId, eventType, occurredAt, data, sourceEventId);
        webhooks.Add(message);
        Queue(message, [.. endpoints.Where(e => e.Enabled && Subscribes(e, eventType))]);
        await webhooks.SaveAtomicallyAsync(cancellationToken);
    }

    /// <summary>Sends a test message to one endpoint, whatever it subscribes to; it belongs to the endpoint's owner.</summary>
    public async Task<string> PublishTestAsync(WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        var message = NewMessage(endpoint.TenantId, Catalogue.EventCatalogue.Test, time.GetUtcNow(), new JsonObject { ["endpointId"] = endpoint.Id }, null);
        webhooks.Add(message);
        Queue(message, [endpoint]);
        await webhooks.SaveAtomicallyAsync(cancellationToken);
        return message.Id;
    }

    /// <summary>
    /// The messages an endpoint may be sent: its tenant's, or every tenant's for a platform-wide endpoint, whose
    /// deliveries live in the tenant of their message.
    /// </summary>
    public IQueryable<WebhookMessage> MessagesFor(WebhookEndpoint endpoint) =>
        endpoint.IsPlatformWide ? webhooks.Set<WebhookMessage>().IgnoreQueryFilters() : webhooks.Set<WebhookMessage>();

    /// <summary>Starts a new run of attempts of a message to an endpoint (a resend or a replay); the message id stays.</summary>
    public async Task RequeueAsync(WebhookEndpoint endpoint, string messageId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var deliveries = endpoint.IsPlatformWide ? webhooks.Set<Delivery>().IgnoreQueryFilters() : webhooks.Set<Delivery>();
        var delivery = await deliveries.FirstOrDefaultAsync(d => d.EndpointId == endpoint.Id && d.MessageId == messageId, cancellationToken);
        if (delivery is null)
        {
            Queue(await MessagesFor(endpoint).SingleAsync(m => m.Id == messageId, cancellationToken), [endpoint]);
        }
        else
        {
            delivery.Status = DeliveryStatuses.Pending;
            delivery.Attempts = 0;
            delivery.NextAttemptAt = now;
            delivery.UpdatedAt = now;
            outbox.Add(new WebhookDeliveriesQueued(messageId, [delivery.Id]) { TenantId = delivery.TenantId, OccurredAt = now });
        }
        await webhooks.SaveAtomicallyAsync(cancellationToken);
    }

    public static bool Subscribes(WebhookEndpoint endpoint, string eventType) =>
        endpoint.EventTypes.Length == 0 || endpoint.EventTypes.Split(',').Contains(eventType, StringComparer.Ordinal);

    private WebhookMessage NewMessage(Guid tenantId, string eventType, DateTimeOffset occurredAt, JsonObject data, Guid? sourceEventId)
    {
        var envelope = new JsonObject { ["type"] = eventType, ["timestamp"] = occurredAt.UtcDateTime, ["data"] = data };
        return new WebhookMessage
        {
            Id = WebhookMessage.NewId(),
            TenantId = tenantId,
            SourceEventId = sourceEventId,
            EventType = eventType,
            Payload = envelope.ToJsonString(JsonSerializerOptions.Web),
            CreatedAt = time.GetUtcNow(),
        };
    }

    /// <summary>The deliveries belong with their message, in the message's tenant, so their attempts find the message whatever endpoint they go to.</summary>
    private void Queue(WebhookMessage message, IReadOnlyList<WebhookEndpoint> endpoints)
    {
        if (endpoints.Count == 0)
            return;
        var now = time.GetUtcNow();
        var deliveries = endpoints.Select(endpoint => new Delivery
        {
            Id = Guid.CreateVersion7(),
            TenantId = message.TenantId,
            EndpointId = endpoint.Id,
            MessageId = message.Id,
            Status = DeliveryStatuses.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        webhooks.AddRange(deliveries);
        outbox.Add(new WebhookDeliveriesQueued(message.Id, [.. deliveries.Select(d => d.Id)]) { TenantId = message.TenantId, OccurredAt = now });
    }
}
