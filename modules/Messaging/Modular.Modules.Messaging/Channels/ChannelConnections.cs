using Modular.Modules.Messaging.Sandbox;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Modules.Messaging.Channels;

/// <summary>Turns a stored configuration into what a plugin is called with: its API root, settings with secrets decrypted, its inbound URL.</summary>
internal sealed class ChannelConnections(ChannelSecrets secrets)
{
    public ChannelConnection For(TenantChannel configuration, IMessageChannel channel, string? inboundUrl = null)
    {
        var settings = ChannelSettings.Read(configuration.Settings);
        foreach (var (name, value) in secrets.Reveal(configuration.Secrets))
            settings[name] = value;
        var baseUrl = configuration.BaseUrl is { } own ? new Uri(own) : channel.Descriptor.DefaultBaseUrl;
        return new ChannelConnection(baseUrl, settings, new Uri(inboundUrl ?? ChannelUrls.Inbound(configuration.HookBaseUrl, configuration.InboundKey)));
    }

    /// <summary>The sandbox without a configuration: no settings, and no provider to call back.</summary>
    public static ChannelConnection Sandbox(IMessageChannel channel) =>
        new(channel.Descriptor.DefaultBaseUrl, new Dictionary<string, string>(), SandboxChannel.NoInboundUrl);
}
