using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Data;

namespace Modular.Modules.Messaging.Channels;

/// <summary>A tenant has one conversation default at most: making one the default takes it from the others.</summary>
internal static class ConversationDefaults
{
    public static async Task MakeDefaultAsync(MessagingDbContext messaging, TenantChannel channel, CancellationToken cancellationToken)
    {
        foreach (var other in await messaging.Set<TenantChannel>().Where(c => c.ConversationDefault && c.Id != channel.Id).ToListAsync(cancellationToken))
            other.ConversationDefault = false;
        channel.ConversationDefault = true;
    }
}
