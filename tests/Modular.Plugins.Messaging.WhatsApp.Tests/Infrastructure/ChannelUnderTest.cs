using Modular.Sdk.Extensions.Messaging;
using Modular.Sdk.Testing.Fakes.WhatsApp;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;

/// <summary>The channel, talking to a fake Meta server of its own, with the test account's template approved.</summary>
internal sealed class ChannelUnderTest : IAsyncDisposable
{
    private readonly GraphApiClient graph;

    private ChannelUnderTest(FakeWhatsAppServer meta, GraphApiClient graph)
    {
        Meta = meta;
        this.graph = graph;
        Channel = new WhatsAppChannel(graph, TimeProvider.System, Logger);
        Connection = TestAccount.Connection(meta.BaseUrl);
    }

    public FakeWhatsAppServer Meta { get; }

    public RecordingLogger Logger { get; } = new();

    public WhatsAppChannel Channel { get; }

    public ChannelConnection Connection { get; }

    /// <param name="timeout">The client's timeout; the plugin's default when null.</param>
    public static async Task<ChannelUnderTest> StartAsync(TimeSpan? timeout = null)
    {
        var meta = await FakeWhatsAppServer.StartAsync(TestAccount.PhoneNumberId, TestAccount.AccessToken);
        meta.ApproveTemplate(TestAccount.TemplateName, TestAccount.TemplateLanguage);
        return new ChannelUnderTest(meta, GraphApiClient.Create(timeout));
    }

    public Task<SendResult> SendAsync(string body, bool outsideWindow = false, ChannelConnection? connection = null) =>
        Channel.SendAsync(connection ?? Connection, new OutboundMessage(TestAccount.Lead, body, OutsideFreeTextWindow: outsideWindow), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        graph.Dispose();
        await Meta.DisposeAsync();
    }
}
