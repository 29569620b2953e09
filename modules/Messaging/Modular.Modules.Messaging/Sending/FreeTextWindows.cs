using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Messages;

namespace Modular.Modules.Messaging.Sending;

/// <summary>
/// WhatsApp accepts free text only within 24 hours of the person's last message to the business number; outside
/// it, an approved template. The window is read from the inbound messages stored here, per configuration (one
/// business number each), since a reply to another of the tenant's numbers opens no window on this one.
/// </summary>
internal sealed class FreeTextWindows(MessagingDbContext messaging, TimeProvider time)
{
    public Task<bool> IsOpenAsync(string address, Guid channelId, TimeSpan window, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - window;
        return messaging.Set<Message>().AnyAsync(
            m => m.Direction == MessageDirection.In && m.Address == address && m.ChannelId == channelId && m.CreatedAt >= since, cancellationToken);
    }
}
