using Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Receiving;

public sealed class HandshakeTests
{
    [Fact]
    public async Task The_right_verify_token_is_answered_with_the_challenge_as_plain_text()
    {
        var result = await Inbound.Channel.ReceiveAsync(Inbound.Handshake(TestAccount.VerifyToken, "1158201444"));

        result.Authentic.ShouldBeTrue();
        result.ResponseBody.ShouldBe("1158201444");
        result.ResponseContentType.ShouldBe("text/plain");
        result.Messages.ShouldBeEmpty();
        result.Statuses.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("not-the-token", "subscribe", "1158201444")]
    [InlineData("", "subscribe", "1158201444")]
    [InlineData(TestAccount.VerifyToken + "x", "subscribe", "1158201444")]
    [InlineData(TestAccount.VerifyToken, "unsubscribe", "1158201444")]
    [InlineData(TestAccount.VerifyToken, "subscribe", "")]
    public async Task A_handshake_with_a_wrong_token_mode_or_no_challenge_is_rejected(string token, string mode, string challenge)
    {
        var result = await Inbound.Channel.ReceiveAsync(Inbound.Handshake(token, challenge, mode));

        result.ShouldBe(InboundResult.Rejected);
    }

    [Fact]
    public async Task Without_a_configured_verify_token_every_handshake_is_rejected()
    {
        var connection = TestAccount.Connection(new Uri("http://127.0.0.1:9/"), settings => settings.Remove("verifyToken"));

        var result = await Inbound.Channel.ReceiveAsync(connection, Inbound.Handshake("", "1158201444"), CancellationToken.None);

        result.Authentic.ShouldBeFalse();
    }
}
