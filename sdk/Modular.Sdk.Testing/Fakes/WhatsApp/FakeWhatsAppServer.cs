using System.Net;
using Microsoft.AspNetCore.Builder;

namespace Modular.Sdk.Testing.Fakes.WhatsApp;

/// <summary>
/// A local stand-in for Meta's WhatsApp Cloud API send endpoint, on loopback with a free port: point a channel's base
/// URL at <see cref="BaseUrl"/>. It checks the Bearer token and the phone number id, refuses free text to a recipient
/// who has not written within 24 hours (error 131047, as Meta does), accepts approved templates, and records what it
/// accepted. Failures (429, 5xx, no answer) can be scripted for the next calls.
/// </summary>
/// <remarks>
/// Meta often accepts a message and reports 131047 later in a <c>failed</c> status webhook; this fake refuses at once,
/// the stricter of the two, so a channel's synchronous handling is exercised. Send such a status with
/// <see cref="WhatsAppWebhookPayloads.Status"/> to exercise the other path.
/// </remarks>
public sealed class FakeWhatsAppServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly FakeWhatsAppState state;
    private readonly TimeProvider clock;
    private readonly CancellationTokenSource stopping = new();

    private FakeWhatsAppServer(WebApplication app, FakeWhatsAppState state, TimeProvider clock, string phoneNumberId, string accessToken)
    {
        this.app = app;
        this.state = state;
        this.clock = clock;
        PhoneNumberId = phoneNumberId;
        AccessToken = accessToken;
    }

    /// <summary>Root of the fake Graph API, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The only phone number id messages may be sent from.</summary>
    public string PhoneNumberId { get; }

    /// <summary>The only access token accepted.</summary>
    public string AccessToken { get; }

    /// <summary>Every send request that passed authentication, including those answered with a scripted failure or refused.</summary>
    public int SendRequests => state.Requests;

    /// <summary>The messages accepted so far, in order.</summary>
    public IReadOnlyList<FakeWhatsAppMessage> Messages => state.Messages;

    /// <summary>Starts a fake on 127.0.0.1 with a free port.</summary>
    /// <param name="phoneNumberId">The sending number's id expected in the path.</param>
    /// <param name="accessToken">The Bearer token expected.</param>
    /// <param name="clock">The time the 24-hour window is measured against; the system clock when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<FakeWhatsAppServer> StartAsync(string phoneNumberId, string accessToken, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var app = LoopbackServer.Create();

        var state = new FakeWhatsAppState();
        var time = clock ?? TimeProvider.System;
        var server = new FakeWhatsAppServer(app, state, time, phoneNumberId, accessToken);
        var handler = new SendMessageHandler(state, phoneNumberId, accessToken, time);
        app.Run(context => handler.HandleAsync(context, server.stopping.Token));

        server.BaseUrl = await LoopbackServer.StartAsync(app, cancellationToken);
        return server;
    }

    /// <summary>The recipient sent the business a message at <paramref name="at"/>, opening the 24-hour window from then.</summary>
    /// <param name="phoneNumber">E.164 or bare digits.</param>
    /// <param name="at">When the recipient wrote.</param>
    public void RecipientWrote(string phoneNumber, DateTimeOffset at) => state.RecipientWrote(Digits(phoneNumber), at);

    /// <summary>The recipient wrote just now, by the fake's clock.</summary>
    /// <param name="phoneNumber">E.164 or bare digits.</param>
    public void RecipientWroteNow(string phoneNumber) => RecipientWrote(phoneNumber, clock.GetUtcNow());

    /// <summary>Approves a template; templates not approved are refused with error 132001.</summary>
    /// <param name="name">Template name.</param>
    /// <param name="languageCode">Language code it was approved in, for example <c>fr</c>.</param>
    /// <param name="bodyVariables">How many variables its body has.</param>
    public void ApproveTemplate(string name, string languageCode, int bodyVariables = 1) => state.Approve(name, languageCode, bodyVariables);

    /// <summary>
    /// Answers the next <paramref name="count"/> authenticated send requests with <paramref name="status"/>: 429 with
    /// Meta's rate-limit error 130429, anything else with the generic error 131000.
    /// </summary>
    /// <param name="count">How many requests fail.</param>
    /// <param name="status">The HTTP status, for example 429 or 500.</param>
    /// <param name="retryAfter">A Retry-After header to add, if any.</param>
    public void FailNext(int count, HttpStatusCode status, TimeSpan? retryAfter = null) =>
        state.Script(new ScriptedFailure(status, retryAfter, Hang: false), count);

    /// <summary>Leaves the next <paramref name="count"/> authenticated send requests unanswered until the client gives up, to exercise timeouts.</summary>
    /// <param name="count">How many requests hang.</param>
    public void HangNext(int count) => state.Script(new ScriptedFailure(HttpStatusCode.OK, null, Hang: true), count);

    /// <summary>Waits until the server has accepted its <paramref name="number"/>th message (counting from 1) and returns that message.</summary>
    /// <param name="number">Which message, 1 for the first.</param>
    /// <param name="timeout">How long to wait before failing the test; 10 seconds when null.</param>
    /// <exception cref="TimeoutException">Fewer messages arrived in time.</exception>
    public async Task<FakeWhatsAppMessage> WaitForMessageAsync(int number, TimeSpan? timeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        try
        {
            return await state.WhenMessage(number).WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The fake WhatsApp server accepted {state.Messages.Count} message(s), not {number}.");
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await LoopbackServer.StopAsync(app);
        stopping.Dispose();
    }

    private static string Digits(string phoneNumber) => new(phoneNumber.Where(char.IsAsciiDigit).ToArray());
}
