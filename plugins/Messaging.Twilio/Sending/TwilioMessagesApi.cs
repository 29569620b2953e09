using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.Twilio.Sending;

/// <summary>
/// Twilio's Messages API over the plugin's own HttpClient. Answers are read with JsonDocument, not serialised types:
/// System.Text.Json caches metadata of every type it serialises, which would keep an unloaded plugin in memory.
/// </summary>
internal sealed class TwilioMessagesApi : IDisposable
{
    private readonly HttpClient http;
    private readonly TimeProvider time;

    public TwilioMessagesApi(TimeSpan requestTimeout, TimeProvider time)
    {
        this.time = time;
        http = new HttpClient(new SocketsHttpHandler
        {
            // Re-resolves api.twilio.com now and then instead of pinning one address for the plugin's lifetime.
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            // A redirect would carry the Basic credentials somewhere else; Twilio's API never redirects.
            AllowAutoRedirect = false,
        })
        {
            Timeout = requestTimeout,
        };
    }

    public async Task<SendResult> SendAsync(TwilioSendRequest send, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, send.MessagesUrl)
        {
            Content = new FormUrlEncodedContent(
            [
                new("To", send.To),
                new(send.Sender.Field, send.Sender.Value),
                new("Body", send.Body),
                new("StatusCallback", send.StatusCallback.AbsoluteUri),
            ]),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{send.AccountSid}:{send.AuthToken}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return response.IsSuccessStatusCode
                ? Accepted(body)
                : TwilioRefusal.Read(response, body, time.GetUtcNow());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The Messages API takes no idempotency key, so Twilio may have accepted a message whose answer timed out and
            // a retry can send it twice; a duplicate SMS is the lesser harm next to a lead never contacted.
            return new SendResult(RemoteOutcome.RetryableFailure, Message: $"Twilio did not answer within {http.Timeout.TotalSeconds:0.#} s.");
        }
        catch (HttpRequestException exception)
        {
            // The exception speaks of the host and the socket, never of the Authorization header.
            return new SendResult(RemoteOutcome.RetryableFailure, Message: $"Twilio could not be reached: {exception.Message}");
        }
    }

    private static SendResult Accepted(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var sid = root.TryGetProperty("sid", out var sidValue) ? sidValue.GetString() : null;
            return new SendResult(RemoteOutcome.Created, sid, Segments(root));
        }
        catch (JsonException)
        {
            // Twilio took the message: retrying would send it twice, so it counts as sent, without an id to match statuses.
            return new SendResult(RemoteOutcome.Created, Message: "Twilio accepted the message but its answer could not be read.");
        }
    }

    // Twilio writes num_segments as a string ("2"); a number is read as well.
    private static int Segments(JsonElement root)
    {
        if (!root.TryGetProperty("num_segments", out var value))
            return 1;
        var segments = value.ValueKind switch
        {
            JsonValueKind.String => int.TryParse(value.GetString(), out var parsed) ? parsed : 0,
            JsonValueKind.Number => value.TryGetInt32(out var number) ? number : 0,
            _ => 0,
        };
        return segments > 0 ? segments : 1;
    }

    public void Dispose() => http.Dispose();
}
