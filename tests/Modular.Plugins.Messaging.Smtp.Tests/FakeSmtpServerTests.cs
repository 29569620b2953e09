using System.Net.Sockets;
using System.Text;

namespace Modular.Plugins.Messaging.Smtp.Tests;

/// <summary>The fake server's dialogue as a client other than SmtpClient would see it: AUTH PLAIN, RSET, dot-unstuffing, MIME decoding.</summary>
public sealed class FakeSmtpServerTests : IAsyncLifetime
{
    private FakeSmtpServer smtp = null!;

    public Task InitializeAsync()
    {
        smtp = FakeSmtpServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await smtp.DisposeAsync();

    [Fact]
    public async Task A_raw_dialogue_with_auth_plain_rset_and_dot_stuffing_records_one_message()
    {
        smtp.RequireAuthentication("bob", "pw");
        await using var client = await RawClient.ConnectAsync(smtp);

        (await client.ReadReplyAsync()).ShouldStartWith("220 ");
        await client.SendAsync("EHLO client.example");
        (await client.ReadReplyAsync()).ShouldContain("250 ");
        await client.SendAsync("MAIL FROM:<a@example.com>");
        (await client.ReadReplyAsync()).ShouldStartWith("530 ");
        await client.SendAsync("AUTH PLAIN " + Convert.ToBase64String("\0bob\0pw"u8));
        (await client.ReadReplyAsync()).ShouldStartWith("235 ");
        await client.SendAsync("MAIL FROM:<discarded@example.com>");
        (await client.ReadReplyAsync()).ShouldStartWith("250 ");
        await client.SendAsync("RSET");
        (await client.ReadReplyAsync()).ShouldStartWith("250 ");
        await client.SendAsync("RCPT TO:<b@example.com>");
        (await client.ReadReplyAsync()).ShouldStartWith("503 ");
        await client.SendAsync("MAIL FROM:<a@example.com> BODY=8BITMIME");
        (await client.ReadReplyAsync()).ShouldStartWith("250 ");
        await client.SendAsync("RCPT TO:<b@example.com>");
        (await client.ReadReplyAsync()).ShouldStartWith("250 ");
        await client.SendAsync("DATA");
        (await client.ReadReplyAsync()).ShouldStartWith("354 ");
        await client.SendAsync(
            "Subject: =?utf-8?Q?Caf=C3=A9?= =?utf-8?B?IGNyw6htZQ==?=\r\n" +
            "Content-Type: text/plain; charset=utf-8\r\n" +
            "Content-Transfer-Encoding: quoted-printable\r\n" +
            "\r\n" +
            "..a line that began with a dot\r\n" +
            "soft =\r\nbreak and caf=C3=A9\r\n" +
            ".");
        (await client.ReadReplyAsync()).ShouldStartWith("250 ");
        await client.SendAsync("QUIT");
        (await client.ReadReplyAsync()).ShouldStartWith("221 ");

        var message = await smtp.WaitForMessageAsync(1);
        message.MailFrom.ShouldBe("a@example.com");
        message.Recipients.ShouldBe(["b@example.com"]);
        message.AuthenticatedUser.ShouldBe("bob");
        message.Subject.ShouldBe("Café crème");
        message.Body.ShouldBe(".a line that began with a dot\r\nsoft break and café\r\n");
        smtp.Messages.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Auth_login_checks_both_answers()
    {
        smtp.RequireAuthentication("bob", "pw");
        await using var client = await RawClient.ConnectAsync(smtp);
        await client.ReadReplyAsync();

        await client.SendAsync("AUTH LOGIN");
        (await client.ReadReplyAsync()).ShouldBe("334 " + Convert.ToBase64String("Username:"u8));
        await client.SendAsync(Convert.ToBase64String("bob"u8));
        (await client.ReadReplyAsync()).ShouldBe("334 " + Convert.ToBase64String("Password:"u8));
        await client.SendAsync(Convert.ToBase64String("not-pw"u8));
        (await client.ReadReplyAsync()).ShouldStartWith("535 ");
    }

    [Fact]
    public async Task A_base64_body_in_a_multipart_message_is_read_back()
    {
        await using var client = await RawClient.ConnectAsync(smtp);
        await client.ReadReplyAsync();
        foreach (var command in new[] { "HELO client.example", "MAIL FROM:<a@example.com>", "RCPT TO:<b@example.com>", "DATA" })
        {
            await client.SendAsync(command);
            await client.ReadReplyAsync();
        }
        await client.SendAsync(
            "Content-Type: multipart/alternative; boundary=\"xyz\"\r\n\r\n" +
            "preamble\r\n--xyz\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
            Convert.ToBase64String(Encoding.UTF8.GetBytes("Voilà l'été")) + "\r\n" +
            "--xyz\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--xyz--\r\n.");

        (await client.ReadReplyAsync()).ShouldStartWith("250 ");
        (await smtp.WaitForMessageAsync(1)).Body.ShouldBe("Voilà l'été");
    }

    [Fact]
    public async Task Waiting_for_a_later_message_completes_when_it_arrives()
    {
        var second = smtp.WaitForMessageAsync(2);
        var channel = Connections.Channel();

        await channel.SendAsync(Connections.To(smtp), new OutboundMessage(Connections.Rep, "one"), CancellationToken.None);
        second.IsCompleted.ShouldBeFalse();
        await channel.SendAsync(Connections.To(smtp), new OutboundMessage(Connections.Rep, "two"), CancellationToken.None);

        (await second).Body.ShouldStartWith("two");
    }

    /// <summary>A line-at-a-time SMTP client over a socket, for speaking the protocol by hand.</summary>
    private sealed class RawClient : IAsyncDisposable
    {
        private readonly TcpClient tcp;
        private readonly StreamReader reader;
        private readonly Stream stream;

        private RawClient(TcpClient tcp)
        {
            this.tcp = tcp;
            stream = tcp.GetStream();
            reader = new StreamReader(stream, Encoding.ASCII);
        }

        public static async Task<RawClient> ConnectAsync(FakeSmtpServer server)
        {
            var tcp = new TcpClient();
            await tcp.ConnectAsync("127.0.0.1", server.Port);
            return new RawClient(tcp);
        }

        public async Task SendAsync(string line) => await stream.WriteAsync(Encoding.UTF8.GetBytes(line + "\r\n"));

        /// <summary>The reply's last line (a multiline reply's lines are read and skipped).</summary>
        public async Task<string> ReadReplyAsync()
        {
            while (true)
            {
                var line = await reader.ReadLineAsync() ?? throw new IOException("The server closed the connection.");
                if (line.Length < 4 || line[3] != '-')
                    return line;
            }
        }

        public ValueTask DisposeAsync()
        {
            tcp.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
