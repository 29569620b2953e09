using Modular.Sdk.Data;

namespace Modular.Modules.Messaging.Channels;

/// <summary>A tenant's configuration of one channel plugin: its credentials, settings and public inbound URL.</summary>
internal sealed class TenantChannel : ITenantOwned
{
    public Guid Id { get; init; }
    public Guid TenantId { get; init; }

    /// <summary>The plugin's <c>IMessageChannel.Key</c>, for example <c>twilio</c>.</summary>
    public required string ChannelKey { get; init; }

    public required string Name { get; set; }

    /// <summary>The provider's API root when not the plugin's default (tests, self-hosted gateways).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>JSON object of the settings that are not secret.</summary>
    public required string Settings { get; set; }

    /// <summary>JSON object: secret setting name → its value encrypted with <c>ISecretProtector</c>.</summary>
    public required string Secrets { get; set; }

    public bool Enabled { get; set; }

    /// <summary>The channel conversations use when the sender names none.</summary>
    public bool ConversationDefault { get; set; }

    /// <summary>The random last part of the hook URL <c>/hooks/channels/{key}</c>; it names the configuration, and so the tenant.</summary>
    public required string InboundKey { get; init; }

    /// <summary>
    /// The host's public address as the client reached it when configuring the channel (after trusted proxies): a send
    /// made outside any request (a job, an event) tells the provider to call back here.
    /// </summary>
    public required string HookBaseUrl { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
