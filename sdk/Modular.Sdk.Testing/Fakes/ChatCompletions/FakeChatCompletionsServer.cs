using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.ChatCompletions;

/// <summary>
/// A local stand-in for an OpenAI-compatible chat-completions API on a free loopback port: point a plugin's base URL
/// at <see cref="BaseUrl"/>. It serves <c>POST /v1/chat/completions</c> (and <c>/chat/completions</c>, for providers
/// whose base URL has no version), checks the Bearer key, refuses what OpenAI refuses (no model or messages, a strict
/// JSON schema that is not strict-compatible, <c>json_object</c> without the word "JSON" in the messages), records every
/// call, and answers OpenAI-shaped completions with the content a test scripted: queued per call with
/// <see cref="AnswerNext"/>, or computed from the request with <see cref="AnswerWith"/>. Failures can be scripted too:
/// 500, 429 with <c>Retry-After</c>, no answer at all, a refusal, a cut-short answer, a body that is not JSON.
/// </summary>
public sealed class FakeChatCompletionsServer : IAsyncDisposable
{
    /// <summary>The API key the fake expects when none is chosen.</summary>
    public const string DefaultApiKey = "sk-fake-chat-completions-0123456789";

    private readonly object gate = new();
    private readonly List<FakeChatCompletionRequest> requests = [];
    private readonly Queue<ScriptedCompletion> scripted = new();
    private readonly CancellationTokenSource stopping = new();
    private Func<FakeChatCompletionRequest, string>? responder;
    private WebApplication? app;

    private FakeChatCompletionsServer(string apiKey) => ApiKey = apiKey;

    /// <summary>The base URL to configure, with its version, for example <c>http://127.0.0.1:41234/v1</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The server's root, for example <c>http://127.0.0.1:41234/</c>; <c>/chat/completions</c> is served under it too.</summary>
    public Uri RootUrl { get; private set; } = null!;

    /// <summary>The key <c>Authorization: Bearer</c> must carry.</summary>
    public string ApiKey { get; }

    /// <summary>Every call so far, in order, whatever was answered.</summary>
    public IReadOnlyList<FakeChatCompletionRequest> Requests
    {
        get { lock (gate) return [.. requests]; }
    }

    /// <summary>Starts a fake on 127.0.0.1 with a port the system picks.</summary>
    /// <param name="apiKey">The key to expect; <see cref="DefaultApiKey"/> when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<FakeChatCompletionsServer> StartAsync(string? apiKey = null, CancellationToken cancellationToken = default)
    {
        var server = new FakeChatCompletionsServer(apiKey ?? DefaultApiKey);
        var app = LoopbackServer.Create();
        // A Func, not a RequestDelegate, so the IResult it returns is written to the response.
        Func<HttpContext, Task<IResult>> handle = context => ChatCompletionsEndpoint.HandleAsync(server, context);
        app.MapPost("/v1/chat/completions", handle);
        app.MapPost("/chat/completions", handle);
        server.RootUrl = await LoopbackServer.StartAsync(app, cancellationToken);
        server.app = app;
        server.BaseUrl = new Uri(server.RootUrl, "v1");
        return server;
    }

    /// <summary>The next calls answer these contents as the assistant message, one per call, in order.</summary>
    public void AnswerNext(params string[] contents) => Script(contents.Select(content => new ScriptedCompletion.Content(content)));

    /// <summary>When nothing is queued, calls are answered with the content this function gives for the request.</summary>
    public void AnswerWith(Func<FakeChatCompletionRequest, string> contentFor)
    {
        lock (gate) responder = contentFor;
    }

    /// <summary>The next call answers a refusal (<c>message.refusal</c> set, <c>content</c> null), as Structured Outputs refuse.</summary>
    public void RefuseNext(string refusal = "I'm sorry, I cannot help with that.") => Script([new ScriptedCompletion.Refusal(refusal)]);

    /// <summary>The next call answers this partial content with <c>finish_reason: length</c>, as when the token limit is hit.</summary>
    public void CutShortNext(string partialContent) => Script([new ScriptedCompletion.Content(partialContent, "length")]);

    /// <summary>The next <paramref name="calls"/> calls answer 500 (<c>server_error</c>).</summary>
    public void FailNextWithServerError(int calls = 1) =>
        Script(Enumerable.Repeat<ScriptedCompletion>(new ScriptedCompletion.Error(500, "server_error", null, "The server had an error while processing your request."), calls));

    /// <summary>The next <paramref name="calls"/> calls answer 429 (<c>rate_limit_exceeded</c>) with <c>Retry-After</c> in whole seconds.</summary>
    public void RateLimitNext(int calls, TimeSpan retryAfter) =>
        Script(Enumerable.Repeat<ScriptedCompletion>(new ScriptedCompletion.Error(429, "requests", "rate_limit_exceeded", "Rate limit reached for requests.", retryAfter), calls));

    /// <summary>The next <paramref name="calls"/> calls get no answer until the caller gives up (or the fake stops): a timeout.</summary>
    public void StallNext(int calls = 1) => Script(Enumerable.Repeat<ScriptedCompletion>(new ScriptedCompletion.Stall(), calls));

    /// <summary>The next <paramref name="calls"/> calls answer 200 with a body that is not JSON.</summary>
    public void AnswerNextWithMalformedBody(int calls = 1) => Script(Enumerable.Repeat<ScriptedCompletion>(new ScriptedCompletion.MalformedBody(), calls));

    internal CancellationToken Stopping => stopping.Token;

    internal ScriptedCompletion NextAnswer(FakeChatCompletionRequest request)
    {
        Func<FakeChatCompletionRequest, string>? compute;
        lock (gate)
        {
            if (scripted.TryDequeue(out var next))
                return next;
            compute = responder;
        }
        return compute is null
            ? new ScriptedCompletion.Error(500, "server_error", null, "The fake chat-completions server has no answer scripted for this call.")
            : new ScriptedCompletion.Content(compute(request));
    }

    internal void Record(FakeChatCompletionRequest request)
    {
        lock (gate) requests.Add(request);
    }

    private void Script(IEnumerable<ScriptedCompletion> answers)
    {
        lock (gate)
            foreach (var answer in answers)
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
