using Microsoft.Extensions.Logging.Abstractions;

namespace Modular.Plugins.Messaging.Smtp.Tests;

/// <summary>Email connections to a fake server, and the channel that sends through them.</summary>
internal static class Connections
{
    public const string Sender = "alerts@agence-dupont.example";
    public const string Rep = "claire.martin@agence-dupont.example";

    public static readonly Uri InboundUrl = new("https://modular.example/hooks/messaging/smtp/connection-1");

    public static ChannelConnection To(FakeSmtpServer server, params (string Name, string Value)[] settings) => To(server.BaseUrl, settings);

    /// <summary>A plain-text connection sending as <see cref="Sender"/>; <paramref name="settings"/> add to or replace those.</summary>
    public static ChannelConnection To(Uri server, params (string Name, string Value)[] settings)
    {
        var all = new Dictionary<string, string> { ["from"] = Sender, ["security"] = "none" };
        foreach (var (name, value) in settings)
            all[name] = value;
        return new ChannelConnection(server, all, InboundUrl);
    }

    public static SmtpChannel Channel(TimeSpan? timeout = null) =>
        new(NullLogger<SmtpChannel>.Instance) { Timeout = timeout ?? TimeSpan.FromSeconds(30) };
}
