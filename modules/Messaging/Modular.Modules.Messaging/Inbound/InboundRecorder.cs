using Modular.Sdk.Data;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Messages;
using Modular.Modules.Messaging.Shared;
using Modular.Modules.Messaging.Suppression;
using Modular.Sdk.Extensions.Messaging;
using Modular.Sdk.Platform;

namespace Modular.Modules.Messaging.Inbound;

/// <summary>
/// Stores what a person wrote to a tenant's channel, once per provider message id, and publishes
/// <see cref="MessageReceived"/> in the same transaction. A STOP word (or the provider's own opt-out) suppresses the
/// address before the event leaves; START lifts it. Providers repeat deliveries, sometimes at the same moment: the
/// unique index on (configuration, direction, provider id) keeps one, and the loser's event is rolled back with its row.
/// </summary>
internal sealed class InboundRecorder(MessagingDbContext messaging, SuppressionList suppressions, IOutbox outbox, ICurrentTenant tenant, TimeProvider time)
{
    /// <param name="channelId">The configuration it came through; null for the sandbox played through the API.</param>
    /// <param name="channelKey">The channel plugin's key.</param>
    /// <param name="received">What the plugin read.</param>
    /// <param name="leadId">The lead it is from when the caller knows (the sandbox); otherwise the lead last written to at that address.</param>
    /// <returns>The stored message, or null when this provider id was already stored.</returns>
    public async Task<Message?> RecordAsync(Guid? channelId, string channelKey, InboundMessage received, Guid? leadId, CancellationToken cancellationToken)
    {
        if (await IsStoredAsync(channelId, received.ProviderMessageId, cancellationToken))
            return null;

        var address = Addresses.Normalise(received.From);
        leadId ??= await LastLeadWrittenToAsync(address, cancellationToken);
        var optOut = received.Intent == InboundIntent.OptOut || StopKeywords.IsOptOut(received.Text);
        var optIn = !optOut && (received.Intent == InboundIntent.OptIn || StopKeywords.IsOptIn(received.Text));
        var now = time.GetUtcNow();
        var message = new Message
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.RequiredTenantId,
            Direction = MessageDirection.In,
            LeadId = leadId,
            ChannelId = channelId,
            ChannelKey = channelKey,
            Address = address,
            Body = received.Text,
            ProviderMessageId = received.ProviderMessageId,
            Status = MessageStatuses.Received,
            Segments = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        messaging.Add(message);

        if (optOut && !await suppressions.ContainsAsync(address, cancellationToken))
            suppressions.Stage(address, leadId, channelKey, received.Intent == InboundIntent.OptOut ? $"{channelKey}: opted out with the provider" : $"{channelKey}: STOP keyword");
        if (optIn && await suppressions.LiftAsync(address, cancellationToken) is { } lifted)
            outbox.Add(new AddressOptedIn(lifted, leadId, channelKey) { TenantId = message.TenantId, OccurredAt = now });
        outbox.Add(new MessageReceived(message.Id, leadId, channelKey, address, received.Text, optOut) { TenantId = message.TenantId, OccurredAt = now });

        try
        {
            await messaging.SaveAtomicallyAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent delivery of the same message won the unique index; this one was a repeat after all.
            if (await IsStoredAsync(channelId, received.ProviderMessageId, cancellationToken))
                return null;
            throw;
        }
        return message;
    }

    private Task<bool> IsStoredAsync(Guid? channelId, string providerMessageId, CancellationToken cancellationToken)
    {
        var inbound = messaging.Set<Message>().AsNoTracking().Where(m => m.Direction == MessageDirection.In && m.ProviderMessageId == providerMessageId);
        // Two queries rather than one comparing with a nullable parameter, which EF Core's shared caches keep alive after a swap.
        inbound = channelId is { } id ? inbound.Where(m => m.ChannelId == id) : inbound.Where(m => m.ChannelId == null);
        return inbound.AnyAsync(cancellationToken);
    }

    private Task<Guid?> LastLeadWrittenToAsync(string address, CancellationToken cancellationToken) =>
        messaging.Set<Message>().AsNoTracking()
            .Where(m => m.Direction == MessageDirection.Out && m.Address == address && m.LeadId != null)
            .OrderByDescending(m => m.CreatedAt)
            .Select(m => m.LeadId)
            .FirstOrDefaultAsync(cancellationToken);
}
