using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Modular.Sdk.Testing.Fakes;

namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>
/// A partner's webhook endpoint on loopback: records every request whatever its path or method, and answers from a
/// script consumed in arrival order, 200 once the script runs out.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    private readonly object gate = new();
    private readonly List<ReceivedWebhook> requests = [];
    private readonly Queue<ReceiverAnswer> script = new();
    private WebApplication? app;

    private WebhookReceiver()
    {
    }

    /// <summary>The URL to register as the endpoint; a path below the root, so a sender posting to the root shows.</summary>
    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<ReceivedWebhook> Requests
    {
        get { lock (gate) return [.. requests]; }
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var receiver = new WebhookReceiver();
        var app = LoopbackServer.Create();
        app.Run(receiver.HandleAsync);
        receiver.Url = new Uri(await LoopbackServer.StartAsync(app, CancellationToken.None), "partner/webhooks");
        receiver.app = app;
        return receiver;
    }

    /// <summary>Queues answers for the next requests, in order.</summary>
    public void AnswerNext(params ReceiverAnswer[] answers)
    {
        lock (gate)
            foreach (var answer in answers)
                script.Enqueue(answer);
    }

    /// <summary>Waits until <paramref name="count"/> requests have arrived, and returns the first that many.</summary>
    public Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(int count, TimeSpan? timeout = null) =>
        WaitForAsync(_ => true, count, $"{count} request(s)", timeout);

    /// <summary>Waits until <paramref name="count"/> requests matching <paramref name="match"/> have arrived, and returns the first that many.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAsync(Func<ReceivedWebhook, bool> match, int count, string what, TimeSpan? timeout = null)
    {
        var giveUpAt = DateTime.UtcNow + (timeout ?? DefaultWait);
        while (true)
        {
            var seen = Requests;
            var matching = seen.Where(match).ToList();
            if (matching.Count >= count)
                return matching[..count];
            if (DateTime.UtcNow > giveUpAt)
                throw new ShouldAssertException($"The receiver at {Url} waited {timeout ?? DefaultWait} for {what}; it got {seen.Count} request(s):{Environment.NewLine}{string.Join(Environment.NewLine, seen)}");
            await Task.Delay(50);
        }
    }

    public Task<IReadOnlyList<ReceivedWebhook>> WaitForTypeAsync(string eventType, int count = 1) =>
        WaitForAsync(request => request.Type == eventType, count, $"{count} {eventType} event(s)");

    private async Task HandleAsync(HttpContext context)
    {
        var arrivedAt = DateTimeOffset.UtcNow;
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        ReceiverAnswer answer;
        lock (gate)
        {
            requests.Add(new ReceivedWebhook(context.Request.Method, context.Request.Path + context.Request.QueryString, headers, buffer.ToArray(), arrivedAt));
            answer = script.TryDequeue(out var next) ? next : ReceiverAnswer.Status(200);
        }
        if (answer.Delay is { } delay)
            await Task.Delay(delay);
        if (answer.HeldUntil is { } release)
            await release;
        context.Response.StatusCode = answer.StatusCode;
        if (answer.RetryAfter is not null)
            context.Response.Headers.RetryAfter = answer.RetryAfter;
        if (answer.Location is not null)
            context.Response.Headers.Location = answer.Location.ToString();
        await context.Response.WriteAsync($"answered {answer.StatusCode}");
    }

    public ValueTask DisposeAsync() => LoopbackServer.StopAsync(app);
}
