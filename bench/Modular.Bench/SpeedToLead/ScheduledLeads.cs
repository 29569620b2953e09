using System.Diagnostics;
using System.Net.Http.Headers;
using Modular.Bench.Intake;

namespace Modular.Bench.SpeedToLead;

/// <summary>
/// Open-loop load of signed JSON leads: lead i is posted at i / rate seconds whether or not the earlier ones were
/// answered, as lead forms do, so a slow host meets more work instead of less. Each lead is a new person with a
/// French mobile of its own, and the instant its 2xx arrived is kept for matching with the provider's side.
/// </summary>
internal sealed class ScheduledLeads(Uri intakeUrl, byte[] secret, string run)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public async Task<IReadOnlyList<PostedLead>> RunAsync(int rate, TimeSpan duration)
    {
        // No connection limit: a request must never queue behind a slow one in the client, or the load is not open.
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
        var count = (int)(rate * duration.TotalSeconds);
        var posts = new List<Task<PostedLead>>(count);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromTicks(i * TimeSpan.TicksPerSecond / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait);
            posts.Add(PostAsync(client, BenchPerson.Next(run), clock.Elapsed - due));
        }
        return await Task.WhenAll(posts);
    }

    private async Task<PostedLead> PostAsync(HttpClient client, BenchPerson person, TimeSpan late)
    {
        var phone = "+33" + person.Phone[1..];
        var body = person.Json();
        using var request = new HttpRequestMessage(HttpMethod.Post, intakeUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Add("X-Modular-Signature", BenchPerson.Sign(secret, body, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(request);
            var answered = Stopwatch.GetTimestamp();
            if (response.IsSuccessStatusCode)
                return new PostedLead(phone, sent, answered, late, null);
            return new PostedLead(phone, sent, null, late, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new PostedLead(phone, sent, null, late, e.Message);
        }
    }
}

/// <summary>One lead posted: its E.164 phone, when it was sent and when its 2xx arrived (Stopwatch timestamps), or why none did.</summary>
/// <param name="Late">How far behind its schedule the lead was sent: the client's own lag, which would hide load if it grew.</param>
internal sealed record PostedLead(string Phone, long SentAt, long? AnsweredAt, TimeSpan Late, string? Failure)
{
    public TimeSpan? Intake => AnsweredAt is { } answered ? Stopwatch.GetElapsedTime(SentAt, answered) : null;
}
