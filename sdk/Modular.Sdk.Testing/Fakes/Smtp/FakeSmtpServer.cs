using System.Net;
using System.Net.Sockets;

namespace Modular.Sdk.Testing.Fakes.Smtp;

/// <summary>
/// A mail server on loopback that speaks enough SMTP (RFC 5321) for <c>System.Net.Mail.SmtpClient</c> and similar
/// clients: EHLO/HELO, AUTH PLAIN and LOGIN, MAIL FROM, RCPT TO, DATA with dot-unstuffing, RSET, NOOP and QUIT. It keeps
/// every message it accepts, and can be told to refuse recipients or connections the way real servers do.
/// It offers no STARTTLS: a client that insists on TLS fails against it, as it would against such a server.
/// </summary>
/// <example>
/// <code>
/// await using var smtp = FakeSmtpServer.Start();
/// // point the client at smtp.BaseUrl (smtp://127.0.0.1:port), send, then:
/// var message = await smtp.WaitForMessageAsync(1);
/// </code>
/// </example>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly List<FakeSmtpMessage> messages = [];
    private readonly List<(int Number, TaskCompletionSource<FakeSmtpMessage> Arrived)> waiting = [];
    private readonly Dictionary<string, (int Code, string Text)> recipientReplies = new(StringComparer.OrdinalIgnoreCase);
    private readonly Queue<ConnectionScript> scriptedConnections = new();
    private readonly List<Task> sessions = [];
    private (string Username, string Password)? requiredCredentials;
    private int connections;
    private Task acceptLoop = Task.CompletedTask;

    private FakeSmtpServer()
    {
    }

    /// <summary>Starts a server on 127.0.0.1 on a free port.</summary>
    public static FakeSmtpServer Start()
    {
        var server = new FakeSmtpServer();
        server.listener.Start();
        server.acceptLoop = server.AcceptAsync();
        return server;
    }

    /// <summary>The port the server listens on.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>The server as a channel connection's base URL: <c>smtp://127.0.0.1:{port}</c>.</summary>
    public Uri BaseUrl => new($"smtp://127.0.0.1:{Port}");

    /// <summary>The messages accepted so far, in the order their DATA ended.</summary>
    public IReadOnlyList<FakeSmtpMessage> Messages
    {
        get
        {
            lock (gate)
                return messages.ToArray();
        }
    }

    /// <summary>How many connections the server has accepted, refused and stalled ones included.</summary>
    public int ConnectionCount => Volatile.Read(ref connections);

    /// <summary>
    /// From now on, MAIL FROM is answered <c>530</c> until the client authenticates, and AUTH with anything but these
    /// credentials is answered <c>535</c>. Without this call any credentials are accepted.
    /// </summary>
    public void RequireAuthentication(string username, string password)
    {
        lock (gate)
            requiredCredentials = (username, password);
    }

    /// <summary>Answers RCPT TO for <paramref name="address"/> with this reply, for example 550 (no such mailbox) or 452 (mailbox full, try later).</summary>
    public void ReplyToRecipient(string address, int code, string text = "5.1.1 Mailbox unavailable")
    {
        lock (gate)
            recipientReplies[address] = (code, text);
    }

    /// <summary>Greets the next <paramref name="count"/> connections with this reply (421 by default: service not available) and closes them.</summary>
    public void RefuseConnections(int count, int code = 421, string text = "4.3.2 Service not available, closing transmission channel")
    {
        lock (gate)
            for (var i = 0; i < count; i++)
                scriptedConnections.Enqueue(new ConnectionScript(code, text));
    }

    /// <summary>Accepts the next <paramref name="count"/> connections and never answers on them, like an overloaded or half-dead server.</summary>
    public void StallConnections(int count)
    {
        lock (gate)
            for (var i = 0; i < count; i++)
                scriptedConnections.Enqueue(ConnectionScript.Stall);
    }

    /// <summary>Completes when the <paramref name="number"/>th message (counting from 1) has been accepted; at once if it already has.</summary>
    public Task<FakeSmtpMessage> WaitForMessageAsync(int number, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        lock (gate)
        {
            if (messages.Count >= number)
                return Task.FromResult(messages[number - 1]);
            var arrived = new TaskCompletionSource<FakeSmtpMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting.Add((number, arrived));
            return arrived.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Stops listening and closes every open connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        Task[] running;
        lock (gate)
            running = [acceptLoop, .. sessions];
        try
        {
            await Task.WhenAll(running);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
            // Connections cut by the shutdown itself.
        }
        stopping.Dispose();
    }

    internal SmtpRules Rules
    {
        get
        {
            lock (gate)
                return new SmtpRules(requiredCredentials, new Dictionary<string, (int, string)>(recipientReplies, StringComparer.OrdinalIgnoreCase));
        }
    }

    internal void Accept(FakeSmtpMessage message)
    {
        lock (gate)
        {
            messages.Add(message);
            for (var i = waiting.Count - 1; i >= 0; i--)
            {
                if (waiting[i].Number > messages.Count)
                    continue;
                waiting[i].Arrived.TrySetResult(messages[waiting[i].Number - 1]);
                waiting.RemoveAt(i);
            }
        }
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref connections);
            lock (gate)
            {
                var script = scriptedConnections.TryDequeue(out var scripted) ? scripted : null;
                sessions.Add(ServeAsync(client, script));
            }
        }
    }

    private async Task ServeAsync(TcpClient client, ConnectionScript? script)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                if (script is { Stalls: true })
                    await Task.Delay(Timeout.Infinite, stopping.Token);
                else if (script is not null)
                    await SmtpSession.RefuseAsync(stream, script.Code, script.Text, stopping.Token);
                else
                    await new SmtpSession(this, stream).RunAsync(stopping.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The client hung up, or the server is stopping.
            }
        }
    }

    private sealed record ConnectionScript(int Code, string Text, bool Stalls = false)
    {
        public static ConnectionScript Stall { get; } = new(0, "", Stalls: true);
    }
}
