using System.Net;
using System.Net.Sockets;

namespace Modular.Plugins.Messaging.Smtp.Tests;

public sealed class FailureTests : IAsyncLifetime
{
    private readonly SmtpChannel channel = Connections.Channel();
    private FakeSmtpServer smtp = null!;

    public Task InitializeAsync()
    {
        smtp = FakeSmtpServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await smtp.DisposeAsync();

    [Fact]
    public async Task An_unknown_mailbox_550_is_permanent()
    {
        smtp.ReplyToRecipient(Connections.Rep, 550, "5.1.1 <claire.martin@agence-dupont.example>: Recipient address rejected: User unknown");

        var result = await Send();

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.ErrorCode.ShouldBe("550");
        result.Message.ShouldNotBeNull().ShouldContain("User unknown");
        smtp.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_full_mailbox_452_is_retryable()
    {
        smtp.ReplyToRecipient(Connections.Rep, 452, "4.2.2 Mailbox full, try again later");

        var result = await Send();

        result.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        result.ErrorCode.ShouldBe("452");
    }

    [Fact]
    public async Task A_server_greeting_with_421_is_retryable_and_the_retry_goes_through()
    {
        smtp.RefuseConnections(1);

        var refused = await Send();
        var retried = await Send();

        refused.Outcome.ShouldBe(RemoteOutcome.RetryableFailure, refused.Message);
        refused.ErrorCode.ShouldBe("421");
        retried.Outcome.ShouldBe(RemoteOutcome.Created, retried.Message);
        (await smtp.WaitForMessageAsync(1)).MessageId.ShouldBe(retried.ProviderMessageId);
        smtp.ConnectionCount.ShouldBe(2);
    }

    [Fact]
    public async Task A_refused_connection_is_retryable()
    {
        var result = await channel.SendAsync(Connections.To(ClosedPort()), new OutboundMessage(Connections.Rep, "Report"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.RetryableFailure, result.Message);
        result.ErrorCode.ShouldBeNull();
    }

    [Fact]
    public async Task A_server_that_never_answers_is_retryable_once_the_timeout_passes()
    {
        smtp.StallConnections(1);
        var impatient = Connections.Channel(TimeSpan.FromMilliseconds(300));

        var result = await impatient.SendAsync(Connections.To(smtp), new OutboundMessage(Connections.Rep, "Report"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.RetryableFailure, result.Message);
        result.Message.ShouldNotBeNull().ShouldContain("did not complete");
        smtp.ConnectionCount.ShouldBe(1);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_turned_into_a_result()
    {
        smtp.StallConnections(1);
        using var cancellation = new CancellationTokenSource();

        var sending = channel.SendAsync(Connections.To(smtp), new OutboundMessage(Connections.Rep, "Report"), cancellation.Token);
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => sending);
    }

    [Fact]
    public async Task Credentials_the_server_refuses_are_permanent()
    {
        smtp.RequireAuthentication("alerts", "right");

        var result = await Send(("username", "alerts"), ("password", "wrong"));

        // SmtpClient takes the 535 to AUTH quietly and goes on without logging in; the server then refuses the sender.
        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure, result.Message);
        result.ErrorCode.ShouldBe("530");
        result.Message.ShouldNotBeNull().ShouldNotContain("wrong");
        smtp.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Sending_without_the_credentials_a_server_requires_is_permanent()
    {
        smtp.RequireAuthentication("alerts", "right");

        var result = await Send();

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure, result.Message);
        result.ErrorCode.ShouldBe("530");
    }

    [Fact]
    public async Task Starttls_against_a_server_without_it_is_permanent_and_sends_nothing()
    {
        var result = await Send(("security", "starttls"), ("username", "alerts"), ("password", "never-in-clear"));

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure, result.Message);
        smtp.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Starttls_is_the_default_security()
    {
        var connection = Connections.To(smtp);
        var withoutSecurity = connection with { Settings = connection.Settings.Where(s => s.Key != "security").ToDictionary() };

        var result = await channel.SendAsync(withoutSecurity, new OutboundMessage(Connections.Rep, "Report"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure, result.Message);
        smtp.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Implicit_tls_is_refused_without_connecting()
    {
        var result = await Send(("security", "tls"));

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.Message.ShouldNotBeNull().ShouldContain("starttls");
        smtp.ConnectionCount.ShouldBe(0);
    }

    [Theory]
    [InlineData("security", "ssl-please")]
    [InlineData("from", "not an address")]
    [InlineData("from", "")]
    public async Task A_misconfigured_connection_is_permanent_without_connecting(string setting, string value)
    {
        var result = await Send((setting, value));

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.Message.ShouldNotBeNullOrWhiteSpace();
        smtp.ConnectionCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_server_url_of_another_scheme_is_permanent()
    {
        var result = await channel.SendAsync(Connections.To(new Uri("https://mail.example")), new OutboundMessage(Connections.Rep, "Report"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.Message.ShouldNotBeNull().ShouldContain("smtp://");
    }

    [Fact]
    public async Task A_recipient_that_is_not_an_email_address_is_permanent()
    {
        var result = await channel.SendAsync(Connections.To(smtp), new OutboundMessage("+33612345678", "Report"), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        smtp.ConnectionCount.ShouldBe(0);
    }

    private Task<SendResult> Send(params (string Name, string Value)[] settings) =>
        channel.SendAsync(Connections.To(smtp, settings), new OutboundMessage(Connections.Rep, "Report", "Hot lead"), CancellationToken.None);

    // A loopback port that was just free: nothing listens there, so connecting is refused at once.
    private static Uri ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"smtp://127.0.0.1:{port}");
    }
}
