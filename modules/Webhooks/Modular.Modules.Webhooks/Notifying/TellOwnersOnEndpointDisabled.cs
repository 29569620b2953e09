using MediatR;
using Microsoft.Extensions.Logging;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Webhooks.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Webhooks.Notifying;

/// <summary>
/// Emails the tenant's owners, through the tenant's email (smtp) channel, when an endpoint is disabled: partners stop
/// hearing from us, and nobody would notice otherwise. The event id makes the email's idempotency key, so the
/// outbox's redelivery never sends it twice.
/// </summary>
internal sealed class TellOwnersOnEndpointDisabled(ITenantUsers users, IMediator mediator, ILoggerFactory loggers) : INotificationHandler<WebhookEndpointDisabled>
{
    private const string EmailChannel = "smtp";

    // Named by string: an ILogger<T> over a type of this module keeps a swapped-out version in memory.
    private readonly ILogger logger = loggers.CreateLogger("Modular.Modules.Webhooks.Notifying");

    public async Task Handle(WebhookEndpointDisabled disabled, CancellationToken cancellationToken)
    {
        if (disabled.TenantId == Guid.Empty)
        {
            logger.LogWarning("The platform-wide webhook endpoint {EndpointId} ({Url}) was disabled: {Reason}", disabled.EndpointId, disabled.Url, disabled.Reason);
            return;
        }
        var owners = (await users.ListAsync(disabled.TenantId, cancellationToken)).Where(u => u.Active && u.Role == "Owner").ToList();
        foreach (var owner in owners)
        {
            var result = await mediator.Send(new SendMessage(
                disabled.TenantId, null, owner.Email,
                $"Modular stopped sending events to the webhook endpoint {disabled.Url}: {disabled.Reason}\n\n"
                + $"Once the partner's server is fixed, enable it again (PATCH /api/v1/webhooks/endpoints/{disabled.EndpointId} with {{\"enabled\": true}}) "
                + $"and replay what it missed (POST /api/v1/webhooks/endpoints/{disabled.EndpointId}/replay).",
                $"webhooks/endpoint-disabled/{disabled.EventId}/{owner.Id}", EmailChannel, "A webhook endpoint was disabled"), cancellationToken);
            if (result.Status == SendStatus.NoChannel)
                logger.LogWarning("Webhook endpoint {EndpointId} of tenant {TenantId} was disabled; its owners could not be told: no email channel", disabled.EndpointId, disabled.TenantId);
            else if (result.Status == SendStatus.RetryLater)
                throw new InvalidOperationException($"The email channel asked to retry later ({result.Reason}); the outbox will.");
        }
    }
}
