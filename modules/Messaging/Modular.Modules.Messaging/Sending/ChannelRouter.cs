using Microsoft.EntityFrameworkCore;
using Modular.Modules.Messaging.Channels;
using Modular.Modules.Messaging.Data;
using Modular.Modules.Messaging.Sandbox;
using Modular.Modules.Messaging.Shared;

namespace Modular.Modules.Messaging.Sending;

/// <summary>
/// Chooses the channel a message goes through: the one the sender named, else the tenant's conversation default,
/// else its first enabled channel for that kind of address, else (for phones) the sandbox, which needs no setup.
/// Only configurations whose plugin is active count.
/// </summary>
internal sealed class ChannelRouter(MessagingDbContext messaging, ChannelCatalog catalog)
{
    public async Task<OutboundRoute?> RouteAsync(string? channelKey, string address, CancellationToken cancellationToken)
    {
        var kind = Addresses.KindOf(address);
        // A tenant has a handful of channels: read the enabled ones and choose here. (Tested in SQL, "@key IS NULL OR
        // ChannelKey = @key" kept a swapped-out version of this module in memory through EF Core's shared caches.)
        var enabled = (await messaging.Set<TenantChannel>().AsNoTracking().Where(c => c.Enabled).ToListAsync(cancellationToken))
            .Where(c => channelKey is null || c.ChannelKey == channelKey)
            .OrderByDescending(c => c.ConversationDefault).ThenBy(c => c.CreatedAt)
            .ToList();

        foreach (var configuration in enabled)
        {
            if (catalog.Find(configuration.ChannelKey) is { } plugin && (channelKey is not null || plugin.Descriptor.AddressKind == kind))
                return new OutboundRoute(plugin, configuration);
        }

        var sandboxFits = channelKey == SandboxChannel.ChannelKey || (channelKey is null && kind == Addresses.Phone);
        return sandboxFits && catalog.Find(SandboxChannel.ChannelKey) is { } sandbox ? new OutboundRoute(sandbox, null) : null;
    }
}
