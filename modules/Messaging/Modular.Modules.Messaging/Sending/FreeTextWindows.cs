using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Messages;

namespace Modular.Modules.Messaging.Sending;

/// <summary>
/// WhatsApp accepts free text only within 24 hours of the person's last message to the business; outside it, an
/// approved template. The window is read from the inbound messages stored here.
/// </summary>
internal sealed class FreeTextWindows(MessagingDbContext messaging, TimeProvider time)
{
    public Task<bool> IsOpenAsync(string address, string channelKey, TimeSpan window, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - window;
        return messaging.Set<Message>().AnyAsync(
            m => m.Direction == MessageDirection.In && m.Address == address && m.ChannelKey == channelKey && m.CreatedAt >= since, cancellationToken);
    }
}
