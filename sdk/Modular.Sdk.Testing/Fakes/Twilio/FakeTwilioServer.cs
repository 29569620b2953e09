using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Twilio;

/// <summary>
/// A local stand-in for Twilio's Messages API on a free loopback port: checks Basic auth, reads the form fields,
/// answers JSON shaped like Twilio's, records what it accepted, and can be told to refuse the way Twilio does
/// (an unsubscribed number, 429, 500). It also plays Twilio's side of webhooks: signed status callbacks and inbound messages.
/// </summary>
public sealed class FakeTwilioServer : IAsyncDisposable
{
    /// <summary>The account SID the fake expects when none is chosen.</summary>
    public const string DefaultAccountSid = "AC0123456789abcdef0123456789abcdef";

    /// <summary>The auth token the fake expects when none is chosen.</summary>
    public const string DefaultAuthToken = "fake-twilio-auth-token";

    private readonly object gate = new();
    private readonly List<FakeTwilioMessage> messages = [];
    private readonly List<FakeTwilioAttempt> attempts = [];
    private readonly HashSet<string> optedOut = new(StringComparer.Ordinal);
    private readonly Queue<ScriptedAnswer> scripted = new();
    private readonly MessageWaiters waiters = new();
    private readonly CancellationTokenSource stopping = new();
    private WebApplication? app;

    private FakeTwilioServer(string accountSid, string authToken)
    {
        AccountSid = accountSid;
        AuthToken = authToken;
    }

    /// <summary>The root to give the channel as its base URL, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The account SID Basic auth must carry, and that the URL path must name.</summary>
    public string AccountSid { get; }

    /// <summary>The auth token Basic auth must carry; webhooks the fake sends are signed with it.</summary>
    public string AuthToken { get; }

    /// <summary>Messages accepted so far, in order.</summary>
    public IReadOnlyList<FakeTwilioMessage> Messages
    {
        get { lock (gate) return [.. messages]; }
    }

    /// <summary>Every call to the Messages API so far, accepted or refused, in order.</summary>
    public IReadOnlyList<FakeTwilioAttempt> Attempts
    {
        get { lock (gate) return [.. attempts]; }
    }

    /// <summary>Starts a fake on 127.0.0.1 with a port the system picks.</summary>
    /// <param name="accountSid">The account SID to expect; <see cref="DefaultAccountSid"/> when null.</param>
    /// <param name="authToken">The auth token to expect; <see cref="DefaultAuthToken"/> when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<FakeTwilioServer> StartAsync(string? accountSid = null, string? authToken = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeTwilioServer(accountSid ?? DefaultAccountSid, authToken ?? DefaultAuthToken);
        var app = LoopbackServer.Create();
        app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", (HttpContext context, string accountSid) => MessagesEndpoint.HandleAsync(server, context, accountSid));
        server.BaseUrl = await LoopbackServer.StartAsync(app, cancellationToken);
        server.app = app;
        return server;
    }

    /// <summary>The number unsubscribed (it texted STOP): sending to it answers 400 with error 21610.</summary>
    public void OptOut(string phoneNumber)
    {
        lock (gate) optedOut.Add(phoneNumber);
    }

    /// <summary>The number subscribed again (it texted START).</summary>
    public void OptIn(string phoneNumber)
    {
        lock (gate) optedOut.Remove(phoneNumber);
    }

    /// <summary>The next <paramref name="calls"/> calls answer 429 (error 20429) with <c>Retry-After</c> in whole seconds.</summary>
    public void RateLimitNext(int calls, TimeSpan retryAfter) => Script(calls, ScriptedAnswer.RateLimited(retryAfter));

    /// <summary>The next <paramref name="calls"/> calls answer 500 (error 20500).</summary>
    public void FailNextWithServerError(int calls) => Script(calls, ScriptedAnswer.ServerError());

    /// <summary>The next <paramref name="calls"/> calls get no answer until the caller gives up (or the fake stops): a timeout.</summary>
    public void StallNext(int calls) => Script(calls, ScriptedAnswer.Stalled());

    /// <summary>Waits until <paramref name="number"/> messages (counting from 1) were accepted, and returns that one.</summary>
    /// <param name="number">Which message, 1 for the first.</param>
    /// <param name="timeout">How long to wait at most; 10 seconds when null.</param>
    /// <exception cref="TimeoutException">Fewer messages arrived in time.</exception>
    public async Task<FakeTwilioMessage> WaitForMessageAsync(int number, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        Task<FakeTwilioMessage> arrival;
        lock (gate) arrival = waiters.WaitFor(number, messages);
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        try
        {
            return await arrival.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The fake Twilio server accepted {Messages.Count} message(s), not {number}, within {limit.TotalSeconds:0.#} s.");
        }
    }

    /// <summary>
    /// Posts a signed status callback for <paramref name="message"/> to its <see cref="FakeTwilioMessage.StatusCallback"/>,
    /// as Twilio does when a message is sent, delivered or fails.
    /// </summary>
    /// <param name="client">The client that reaches the callback URL (for an in-memory test host, its client; absolute URLs keep their host).</param>
    /// <param name="message">A message this fake accepted.</param>
    /// <param name="status">queued, sent, delivered, undelivered or failed.</param>
    /// <param name="errorCode">Twilio's error code for undelivered or failed, for example 30003.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<HttpResponseMessage> PostStatusAsync(HttpClient client, FakeTwilioMessage message, string status, string? errorCode = null, CancellationToken cancellationToken = default)
    {
        var callback = message.StatusCallback ?? throw new InvalidOperationException($"Message {message.Sid} was sent without a StatusCallback.");
        var webhook = TwilioWebhook.StatusCallback(message.Sid, status, message.From ?? "+15005550006", message.To, errorCode, AccountSid);
        return webhook.PostAsync(client, callback, AuthToken, cancellationToken: cancellationToken);
    }

    internal bool IsOptedOut(string phoneNumber)
    {
        lock (gate) return optedOut.Contains(phoneNumber);
    }

    internal ScriptedAnswer? NextScripted()
    {
        lock (gate) return scripted.TryDequeue(out var answer) ? answer : null;
    }

    internal CancellationToken Stopping => stopping.Token;

    internal void Record(FakeTwilioAttempt attempt, FakeTwilioMessage? accepted = null)
    {
        lock (gate)
        {
            attempts.Add(attempt);
            if (accepted is null)
                return;
            messages.Add(accepted);
            waiters.Release(messages);
        }
    }

    private void Script(int calls, ScriptedAnswer answer)
    {
        lock (gate)
            for (var i = 0; i < calls; i++)
                scripted.Enqueue(answer);
    }

    /// <summary>Stops the server; calls held by <see cref="StallNext"/> are released.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await LoopbackServer.StopAsync(app);
        stopping.Dispose();
    }
}
