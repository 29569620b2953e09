using Microsoft.AspNetCore.Http;

namespace Modular.Modules.Messaging.Channels;

/// <summary>A channel configuration as the API shows it: settings without the secrets, which are only named.</summary>
internal sealed record ChannelView(
    Guid Id, string Type, string Name, string? BaseUrl, string InboundUrl, IReadOnlyDictionary<string, string> Settings,
    IReadOnlyList<string> SecretsSet, bool Enabled, bool ConversationDefault, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ChannelView From(TenantChannel channel, HttpRequest request) => new(
        channel.Id, channel.ChannelKey, channel.Name, channel.BaseUrl, ChannelUrls.Inbound(request, channel.InboundKey),
        ChannelSettings.Read(channel.Settings), [.. ChannelSecrets.Read(channel.Secrets).Keys.Order(StringComparer.Ordinal)],
        channel.Enabled, channel.ConversationDefault, channel.CreatedAt, channel.UpdatedAt);
}
