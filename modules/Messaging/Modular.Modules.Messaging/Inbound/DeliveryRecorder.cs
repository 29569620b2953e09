using Modular.Sdk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Messages;
using Modular.Modules.Messaging.Shared;
using Modular.Sdk.Extensions.Messaging;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.Inbound;

/// <summary>
/// Applies a provider's delivery report to the message it sent and publishes <see cref="MessageStatusChanged"/> with
/// it. Reports arrive repeated and out of order, so one only moves a message forward (delivered is not undone by a
/// late "sent"), and a repeat changes nothing and publishes nothing.
/// </summary>
internal sealed class DeliveryRecorder(MessagingDbContext messaging, IOutbox outbox, TimeProvider time, ILoggerFactory loggers)
{
    private readonly ILogger logger = loggers.ForMessaging("Delivery");

    private const int Attempts = 3;

    public async Task ApplyAsync(Guid channelId, DeliveryStatus report, CancellationToken cancellationToken)
    {
        var status = report.Status.Trim().ToLowerInvariant();
        if (!MessageStatuses.IsReportable(status))
        {
            logger.LogInformation("Ignored a delivery report with the unknown status {Status}", report.Status);
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            var message = await messaging.Set<Message>().FirstOrDefaultAsync(
                m => m.ChannelId == channelId && m.Direction == MessageDirection.Out && m.ProviderMessageId == report.ProviderMessageId, cancellationToken);
            if (message is null || !MessageStatuses.Advances(message.Status, status))
                return;

            var now = time.GetUtcNow();
            message.Status = status;
            message.ErrorCode = report.ErrorCode is { Length: > 50 } code ? code[..50] : report.ErrorCode ?? message.ErrorCode;
            message.UpdatedAt = now;
            outbox.Add(new MessageStatusChanged(message.Id, message.LeadId, status, report.ErrorCode) { TenantId = message.TenantId, OccurredAt = now });
            try
            {
                await messaging.SaveAtomicallyAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                // Another report changed it meanwhile: read it again and see whether this one still moves it forward.
            }
        }
    }
}
