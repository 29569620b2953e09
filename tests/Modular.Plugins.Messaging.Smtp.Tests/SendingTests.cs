namespace Modular.Plugins.Messaging.Smtp.Tests;

public sealed class SendingTests : IAsyncLifetime
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
    public async Task A_message_arrives_with_its_envelope_subject_body_and_the_message_id_it_answered()
    {
        var result = await channel.SendAsync(
            Connections.To(smtp, ("fromName", "Modular alerts")),
            new OutboundMessage(Connections.Rep, "A new lead is Hot.\nOpen it in Modular.", "Hot lead: Jean Dupont"),
            CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.Created, result.Message);
        var received = await smtp.WaitForMessageAsync(1);
        received.MailFrom.ShouldBe(Connections.Sender);
        received.Recipients.ShouldBe([Connections.Rep]);
        received.Subject.ShouldBe("Hot lead: Jean Dupont");
        received.From.ShouldBe($"\"Modular alerts\" <{Connections.Sender}>");
        received.To.ShouldBe(Connections.Rep);
        received.Text().ShouldBe("A new lead is Hot.\nOpen it in Modular.");
        received.Header("Content-Type").ShouldNotBeNull().ShouldStartWith("text/plain");
        received.Header("Auto-Submitted").ShouldBe("auto-generated");
        received.MessageId.ShouldNotBeNull().ShouldEndWith("@agence-dupont.example>");
        result.ProviderMessageId.ShouldBe(received.MessageId);
    }

    [Fact]
    public async Task French_text_keeps_its_accents_in_the_subject_the_sender_name_and_the_body()
    {
        const string body = "Bonjour Céline,\nLe prospect « Hélène Œuvray » a répondu : « Oui, dès que possible ! » — budget 15 000 €.\nÀ bientôt.";

        var result = await channel.SendAsync(
            Connections.To(smtp, ("fromName", "Agence Dupont & Fils — Équipe")),
            new OutboundMessage(Connections.Rep, body, "Prospect qualifié : Hélène à Besançon"),
            CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.Created, result.Message);
        var received = await smtp.WaitForMessageAsync(1);
        received.Subject.ShouldBe("Prospect qualifié : Hélène à Besançon");
        received.From.ShouldNotBeNull().ShouldContain("Agence Dupont & Fils — Équipe");
        received.Text().ShouldBe(body);
        received.Data.ShouldNotContain("é"); // travelled as 7-bit text (quoted-printable, RFC 2047 words) that any relay passes on
    }

    [Fact]
    public async Task A_message_without_a_subject_gets_the_default_one() =>
        await SendsSubject(null, "Message from Modular");

    [Fact]
    public async Task A_subject_stays_on_one_line() =>
        await SendsSubject("Lead chaud\r\nBcc: someone@else.example", "Lead chaud Bcc: someone@else.example");

    [Fact]
    public async Task Lines_starting_with_a_dot_survive_the_end_of_data_marker()
    {
        const string body = "Résumé:\n.\n..two dots\n.end";

        await channel.SendAsync(Connections.To(smtp), new OutboundMessage(Connections.Rep, body, "Dots"), CancellationToken.None);

        (await smtp.WaitForMessageAsync(1)).Text().ShouldBe(body);
    }

    [Fact]
    public async Task Credentials_log_in_before_sending()
    {
        smtp.RequireAuthentication("alerts", "s3cret-pässword");

        var result = await channel.SendAsync(
            Connections.To(smtp, ("username", "alerts"), ("password", "s3cret-pässword")),
            new OutboundMessage(Connections.Rep, "Report"),
            CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.Created, result.Message);
        (await smtp.WaitForMessageAsync(1)).AuthenticatedUser.ShouldBe("alerts");
    }

    [Fact]
    public async Task Each_message_gets_its_own_message_id()
    {
        var first = await channel.SendAsync(Connections.To(smtp), new OutboundMessage(Connections.Rep, "one"), CancellationToken.None);
        var second = await channel.SendAsync(Connections.To(smtp), new OutboundMessage("paul@agence-dupont.example", "two"), CancellationToken.None);

        (await smtp.WaitForMessageAsync(2)).MessageId.ShouldBe(second.ProviderMessageId);
        smtp.Messages[0].MessageId.ShouldBe(first.ProviderMessageId);
        first.ProviderMessageId.ShouldNotBe(second.ProviderMessageId);
    }

    [Fact]
    public void The_channel_describes_itself_as_email_with_a_secret_password()
    {
        channel.Key.ShouldBe("smtp");
        channel.Descriptor.AddressKind.ShouldBe("email");
        channel.Descriptor.DefaultBaseUrl.ShouldBe(new Uri("smtp://localhost:25"));
        channel.Descriptor.Settings.Select(s => (s.Name, s.Required, s.Secret)).ShouldBe(
        [
            ("from", true, false),
            ("fromName", false, false),
            ("username", false, false),
            ("password", false, true),
            ("security", false, false),
        ]);
        channel.Descriptor.FreeTextWindow.ShouldBeNull();
    }

    [Fact]
    public async Task Email_has_no_inbound_webhook_so_anything_posted_to_it_is_rejected()
    {
        var request = new InboundRequest("POST", Connections.InboundUrl, new Dictionary<string, string>(), "From=x"u8.ToArray());

        var result = await channel.ReceiveAsync(Connections.To(smtp), request, CancellationToken.None);

        result.ShouldBe(InboundResult.Rejected);
        result.Authentic.ShouldBeFalse();
    }

    private async Task SendsSubject(string? subject, string expected)
    {
        var result = await channel.SendAsync(Connections.To(smtp), new OutboundMessage(Connections.Rep, "Body", subject), CancellationToken.None);

        result.Outcome.ShouldBe(RemoteOutcome.Created, result.Message);
        (await smtp.WaitForMessageAsync(1)).Subject.ShouldBe(expected);
    }
}
