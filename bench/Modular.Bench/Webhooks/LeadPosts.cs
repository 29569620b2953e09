using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Modular.Bench.Intake;

namespace Modular.Bench.Webhooks;

/// <summary>
/// A fixed number of signed JSON leads, posted by a few clients that each send the next as soon as the last is
/// answered. Each is a new person (address and phone of its own), so every one is created, none merged, and each
/// makes exactly one <c>lead.received</c>.
/// </summary>
internal sealed class LeadPosts(Uri intakeUrl, byte[] secret, string run)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public async Task<IReadOnlyList<LeadPost>> RunAsync(int count, int concurrency)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = concurrency })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var remaining = count;
        var posted = new List<LeadPost>(count);

        async Task ClientAsync()
        {
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var lead = await PostAsync(client, BenchPerson.Next(run));
                lock (posted) posted.Add(lead);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(ClientAsync)));
        return posted;
    }

    private async Task<LeadPost> PostAsync(HttpClient client, BenchPerson person)
    {
        var body = person.Json();
        using var request = new HttpRequestMessage(HttpMethod.Post, intakeUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = Json;
        request.Headers.Add("X-Modular-Signature", BenchPerson.Sign(secret, body, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
        var sentTimestamp = Stopwatch.GetTimestamp();
        var sentAt = DateTimeOffset.UtcNow;
        try
        {
            using var response = await client.SendAsync(request);
            var answeredAt = DateTimeOffset.UtcNow;
            // 201 only: 200 would mean the person was merged into an earlier lead, which makes no lead.received.
            if (response.StatusCode != HttpStatusCode.Created)
                return new LeadPost(null, sentTimestamp, sentAt, null, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var receipt = await response.Content.ReadFromJsonAsync<Receipt>();
            return new LeadPost(receipt?.LeadId, sentTimestamp, sentAt, answeredAt, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new LeadPost(null, sentTimestamp, sentAt, null, e.Message);
        }
    }

    private sealed record Receipt(Guid LeadId);
}

/// <summary>One lead posted: its id once created, when it was sent (Stopwatch and wall clock) and answered, or why it failed.</summary>
internal sealed record LeadPost(Guid? LeadId, long SentTimestamp, DateTimeOffset SentAt, DateTimeOffset? AnsweredAt, string? Failure);
