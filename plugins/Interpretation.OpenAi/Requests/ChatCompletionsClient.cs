using System.Net.Http.Headers;
using Modular.Plugins.Interpretation.OpenAi.Answers;

namespace Modular.Plugins.Interpretation.OpenAi.Requests;

/// <summary>
/// Posts to the provider's chat-completions endpoint over the plugin's own HttpClient (the host offers no
/// IHttpClientFactory): a singleton of the plugin's scope, so its connections close when this version is swapped out.
/// </summary>
internal sealed class ChatCompletionsClient(TimeProvider time) : IDisposable
{
    // A chat completion with one short JSON answer is a few kilobytes; anything far larger is not one.
    private const int MaxAnswerBytes = 1024 * 1024;

    private readonly HttpClient http = new(new SocketsHttpHandler
    {
        // Recycled connections follow DNS changes of the provider.
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        // A redirect would carry the Bearer key to wherever it points; the API never redirects.
        AllowAutoRedirect = false,
    })
    {
        // The deadline is each call's own (settings may change between calls), not the client's.
        Timeout = Timeout.InfiniteTimeSpan,
        MaxResponseContentBufferSize = MaxAnswerBytes,
    };

    /// <summary>Sends <paramref name="body"/> and answers the assistant message's content.</summary>
    /// <exception cref="InterpretationFailedException">The provider failed, was too slow or answered no usable content.</exception>
    public async Task<string> CompleteAsync(ChatCompletionsSettings settings, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.CompletionsUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var deadline = new CancellationTokenSource(settings.Timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var response = await http.SendAsync(request, either.Token);
            var answer = await response.Content.ReadAsByteArrayAsync(either.Token);
            if (!response.IsSuccessStatusCode)
                throw new InterpretationFailedException(ProviderError.Describe(response, answer));
            return CompletionReader.Content(answer);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InterpretationFailedException($"The chat-completions provider did not answer within {settings.Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException exception)
        {
            // Its message names the host and the socket error, never the request's headers or body.
            throw new InterpretationFailedException($"The chat-completions provider could not be reached: {exception.Message}", exception);
        }
    }

    public void Dispose() => http.Dispose();
}
