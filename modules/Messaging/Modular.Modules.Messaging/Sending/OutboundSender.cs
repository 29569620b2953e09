using Modular.Sdk.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Modular.Modules.Messaging.Channels;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Messages;
using Modular.Modules.Messaging.Shared;
using Modular.Modules.Messaging.Suppression;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Messaging;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.Sending;

/// <summary>
/// Sends one message at most once per idempotency key. The message is stored as <c>sending</c> before the provider
/// is called, so a concurrent or later call with the same key finds it instead of sending again; the provider's answer
/// is then stored together with <see cref="MessageSent"/> in one transaction. A row left <c>sending</c> (the process
/// died during the call) is taken up again once <see cref="SendingLease"/> has passed.
/// </summary>
internal sealed class OutboundSender(
    MessagingDbContext messaging, ChannelRouter router, ChannelConnections connections, SuppressionList suppressions, FreeTextWindows windows,
    IOutbox outbox, ICurrentTenant tenant, TimeProvider time, ILoggerFactory loggers)
{
    private readonly ILogger logger = loggers.ForMessaging("Sending");

    public static readonly TimeSpan SendingLease = TimeSpan.FromMinutes(2);

    /// <summary>WhatsApp's "re-engagement message" error: free text was sent outside the 24-hour window.</summary>
    private const string OutsideWindowError = "131047";

    public async Task<SendMessageResult> SendAsync(SendMessage request, OutboundRoute? route, CancellationToken cancellationToken)
    {
        var address = Addresses.Normalise(request.To);
        if (address.Length == 0)
            return new SendMessageResult(SendStatus.Failed, Guid.Empty, request.Channel ?? "", "The recipient address is empty.");

        var message = await FindAsync(request.IdempotencyKey, tracked: true, cancellationToken);
        if (message is not null && Settled(message) is { } settled)
            return settled;

        route ??= await router.RouteAsync(request.Channel, address, cancellationToken);
        if (await suppressions.ContainsAsync(address, cancellationToken))
            return await RefuseSuppressedAsync(request, address, route, message, cancellationToken);
        if (route is null)
        {
            return new SendMessageResult(SendStatus.NoChannel, message?.Id ?? Guid.Empty, request.Channel ?? "",
                request.Channel is null
                    ? $"The tenant has no enabled channel that reaches a {Addresses.KindOf(address)} address."
                    : $"The tenant has no enabled '{request.Channel}' channel, or its plugin is not active.");
        }

        message = Reserve(request, address, route, message);
        try
        {
            await messaging.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another call with the same key stored or claimed it first: answer what that one did.
            messaging.ChangeTracker.Clear();
            return await AnswerExistingAsync(request.IdempotencyKey, cancellationToken);
        }

        var (result, asTemplate) = await CallProviderAsync(route, address, request, cancellationToken);
        return await RecordOutcomeAsync(message, request, route, result, asTemplate, cancellationToken);
    }

    private Message Reserve(SendMessage request, string address, OutboundRoute route, Message? earlier)
    {
        var now = time.GetUtcNow();
        if (earlier is not null)
        {
            earlier.Status = MessageStatuses.Sending;
            earlier.ChannelKey = route.Channel.Key;
            earlier.ChannelId = route.Configuration?.Id;
            earlier.UpdatedAt = now;
            return earlier;
        }

        var message = new Message
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.RequiredTenantId,
            Direction = MessageDirection.Out,
            LeadId = request.LeadId,
            ChannelId = route.Configuration?.Id,
            ChannelKey = route.Channel.Key,
            Address = address,
            Body = request.Body,
            Subject = request.Subject,
            IdempotencyKey = request.IdempotencyKey,
            Status = MessageStatuses.Sending,
            CreatedAt = now,
            UpdatedAt = now,
        };
        messaging.Add(message);
        return message;
    }

    private async Task<(SendResult Result, bool AsTemplate)> CallProviderAsync(OutboundRoute route, string address, SendMessage request, CancellationToken cancellationToken)
    {
        // Only a configured channel has a window to track; the unconfigured sandbox has none.
        var window = route.Configuration is null ? null : route.Channel.Descriptor.FreeTextWindow;
        var outside = window is { } open && !await windows.IsOpenAsync(address, route.Configuration!.Id, open, cancellationToken);
        var connection = route.Configuration is { } configuration ? connections.For(configuration, route.Channel) : ChannelConnections.Sandbox(route.Channel);

        var result = await TrySendAsync(route.Channel, connection, new OutboundMessage(address, request.Body, request.Subject, outside), cancellationToken);
        if (window is not null && !outside && result.ErrorCode == OutsideWindowError)
        {
            // Our record of the window said open, the provider says closed (a reply we never saw): once more, as a template.
            outside = true;
            result = await TrySendAsync(route.Channel, connection, new OutboundMessage(address, request.Body, request.Subject, true), cancellationToken);
        }
        return (result, outside);
    }

    private async Task<SendResult> TrySendAsync(IMessageChannel channel, ChannelConnection connection, OutboundMessage message, CancellationToken cancellationToken)
    {
        try
        {
            return await channel.SendAsync(connection, message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A plugin should answer a result, but a bug or a network fault must not lose the message: it is retried.
            logger.LogWarning(exception, "The {Channel} channel threw while sending; the message will be retried", channel.Key);
            return new SendResult(RemoteOutcome.RetryableFailure, Message: $"The {channel.Key} channel failed ({exception.GetType().Name}).");
        }
    }

    private async Task<SendMessageResult> RecordOutcomeAsync(
        Message message, SendMessage request, OutboundRoute route, SendResult result, bool asTemplate, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        message.UpdatedAt = now;
        message.AsTemplate = asTemplate;
        message.ErrorCode = Cut(result.ErrorCode, 50);
        message.Error = Cut(result.Message, 500);
        var channel = route.Channel.Key;

        SendMessageResult answer;
        if (result.RecipientOptedOut)
        {
            message.Status = MessageStatuses.Suppressed;
            if (!await suppressions.ContainsAsync(message.Address, cancellationToken))
                suppressions.Stage(message.Address, request.LeadId, channel, $"{channel}: the recipient unsubscribed with the provider");
            answer = new SendMessageResult(SendStatus.Suppressed, message.Id, channel, "The recipient unsubscribed; nothing will be sent to this address again.");
        }
        else if (result.Outcome is RemoteOutcome.Created or RemoteOutcome.Updated)
        {
            message.Status = MessageStatuses.Accepted;
            message.ProviderMessageId = result.ProviderMessageId ?? $"{channel}:{message.Id:N}";
            message.Segments = Math.Max(1, result.Segments);
            message.Error = null;
            outbox.Add(new MessageSent(message.Id, message.LeadId, channel, message.Segments, request.IdempotencyKey) { TenantId = message.TenantId, OccurredAt = now });
            answer = new SendMessageResult(SendStatus.Sent, message.Id, channel);
        }
        else if (result.Outcome == RemoteOutcome.RetryableFailure)
        {
            message.Status = MessageStatuses.RetryLater;
            answer = new SendMessageResult(SendStatus.RetryLater, message.Id, channel, message.Error ?? "The provider asked to try again later.", result.RetryAfter);
        }
        else
        {
            message.Status = MessageStatuses.Failed;
            answer = new SendMessageResult(SendStatus.Failed, message.Id, channel, message.Error ?? $"The provider refused the message ({result.ErrorCode}).");
        }

        try
        {
            await messaging.SaveAtomicallyAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // The address was suppressed concurrently, or the row reclaimed after an overlong provider call: the stored state wins.
            logger.LogWarning(exception, "Message {MessageId} changed while its send was recorded", message.Id);
            return await AnswerExistingAsync(request.IdempotencyKey, cancellationToken);
        }
        return answer;
    }

    /// <summary>Stores the refusal under the idempotency key (with the channel it would have gone through), so the message shows, and a retry answers the same.</summary>
    private async Task<SendMessageResult> RefuseSuppressedAsync(SendMessage request, string address, OutboundRoute? route, Message? earlier, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var message = earlier ?? new Message
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.RequiredTenantId,
            Direction = MessageDirection.Out,
            LeadId = request.LeadId,
            ChannelId = route?.Configuration?.Id,
            ChannelKey = route?.Channel.Key ?? request.Channel ?? "",
            Address = address,
            Body = request.Body,
            Subject = request.Subject,
            IdempotencyKey = request.IdempotencyKey,
            Status = MessageStatuses.Suppressed,
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (earlier is null)
            messaging.Add(message);
        message.Status = MessageStatuses.Suppressed;
        message.UpdatedAt = now;
        try
        {
            await messaging.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            messaging.ChangeTracker.Clear();
            return await AnswerExistingAsync(request.IdempotencyKey, cancellationToken);
        }
        return new SendMessageResult(SendStatus.Suppressed, message.Id, message.ChannelKey, "The address is on the tenant's suppression list.");
    }

    private Task<Message?> FindAsync(string idempotencyKey, bool tracked, CancellationToken cancellationToken)
    {
        var messages = tracked ? messaging.Set<Message>() : messaging.Set<Message>().AsNoTracking();
        return messages.FirstOrDefaultAsync(m => m.IdempotencyKey == idempotencyKey, cancellationToken);
    }

    private async Task<SendMessageResult> AnswerExistingAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        await FindAsync(idempotencyKey, tracked: false, cancellationToken) is { } stored
            ? Settled(stored) ?? InFlight(stored)
            : throw new InvalidOperationException("A send under this idempotency key failed to store and left no row.");

    /// <summary>What a send under an existing key answers without calling the provider; null when it must be (re)tried.</summary>
    private SendMessageResult? Settled(Message message)
    {
        if (message.ProviderMessageId is not null)
            return new SendMessageResult(SendStatus.Sent, message.Id, message.ChannelKey);
        return message.Status switch
        {
            MessageStatuses.Suppressed => new SendMessageResult(SendStatus.Suppressed, message.Id, message.ChannelKey, "The address is on the tenant's suppression list."),
            MessageStatuses.Failed => new SendMessageResult(SendStatus.Failed, message.Id, message.ChannelKey, message.Error ?? "The provider refused the message."),
            MessageStatuses.Sending when message.UpdatedAt + SendingLease > time.GetUtcNow() => InFlight(message),
            _ => null,
        };
    }

    private static SendMessageResult InFlight(Message message) =>
        new(SendStatus.RetryLater, message.Id, message.ChannelKey, "This message is being sent by another call.", TimeSpan.FromSeconds(30));

    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
