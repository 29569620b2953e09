using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Modular.Sdk.Testing.Fakes;

namespace Modular.Bench.Webhooks;

/// <summary>
/// A partner's endpoint on its own loopback port, in this process so its clock is the one the host stamps events
/// with. It fails (500) the first attempt of a random share of the messages, chosen when it first sees each id, and a
/// slow one answers every request after 0.5–1 s. It checks each signature the way a partner would.
/// </summary>
internal sealed class PartnerReceiver : IAsyncDisposable
{
    private const string SecretPrefix = "whsec_";

    private readonly ConcurrentDictionary<string, byte> seen = new(StringComparer.Ordinal);
    private readonly ArrivalLog log;
    private readonly double firstAttemptFailures;
    private WebApplication? app;
    private byte[] key = [];

    private PartnerReceiver(int number, bool slow, double firstAttemptFailures, ArrivalLog log)
    {
        Number = number;
        Slow = slow;
        this.firstAttemptFailures = firstAttemptFailures;
        this.log = log;
    }

    public int Number { get; }

    public bool Slow { get; }

    public Uri Url { get; private set; } = null!;

    public static async Task<PartnerReceiver> StartAsync(int number, bool slow, double firstAttemptFailures, ArrivalLog log)
    {
        var receiver = new PartnerReceiver(number, slow, firstAttemptFailures, log);
        var app = LoopbackServer.Create();
        app.MapPost("/partner/webhooks", receiver.HandleAsync);
        receiver.Url = new Uri(await LoopbackServer.StartAsync(app, CancellationToken.None), "partner/webhooks");
        receiver.app = app;
        return receiver;
    }

    /// <summary>The endpoint's <c>whsec_</c> secret, known once the host has registered the endpoint.</summary>
    public void UseSecret(string secret) => key = Convert.FromBase64String(secret[SecretPrefix.Length..]);

    private async Task HandleAsync(HttpContext context)
    {
        var arrivedAt = DateTimeOffset.UtcNow;
        log.Entered();
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            var id = context.Request.Headers["webhook-id"].ToString();
            var signed = SignatureMatches(id, context.Request.Headers["webhook-timestamp"].ToString(), context.Request.Headers["webhook-signature"].ToString(), body);
            var (eventTime, leadId) = Envelope(body);

            var firstSight = seen.TryAdd(id, 0);
            var status = log.Measuring && firstSight && Random.Shared.NextDouble() < firstAttemptFailures ? 500 : 200;
            if (log.Measuring && Slow)
                await Task.Delay(TimeSpan.FromMilliseconds(500 + Random.Shared.Next(501)));
            context.Response.StatusCode = status;
            log.Add(new Arrival(Number, id, arrivedAt, Stopwatch.GetTimestamp(), status, eventTime, leadId, signed));
        }
        finally
        {
            log.Left();
        }
    }

    private bool SignatureMatches(string id, string timestamp, string header, byte[] body)
    {
        var content = new byte[Encoding.UTF8.GetByteCount(id) + timestamp.Length + 2 + body.Length];
        var written = Encoding.UTF8.GetBytes($"{id}.{timestamp}.", content);
        body.CopyTo(content, written);
        var expected = HMACSHA256.HashData(key, content);
        foreach (var entry in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!entry.StartsWith("v1,", StringComparison.Ordinal))
                continue;
            var given = new byte[expected.Length];
            if (Convert.TryFromBase64String(entry[3..], given, out var length) && length == expected.Length
                && CryptographicOperations.FixedTimeEquals(given, expected))
                return true;
        }
        return false;
    }

    private static (DateTimeOffset? EventTime, Guid? LeadId) Envelope(byte[] body)
    {
        try
        {
            using var envelope = JsonDocument.Parse(body);
            var root = envelope.RootElement;
            var at = root.TryGetProperty("timestamp", out var timestamp) ? timestamp.GetDateTimeOffset() : (DateTimeOffset?)null;
            var lead = root.TryGetProperty("data", out var data) && data.TryGetProperty("leadId", out var leadId) ? leadId.GetGuid() : (Guid?)null;
            return (at, lead);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return (null, null);
        }
    }

    public ValueTask DisposeAsync() => LoopbackServer.StopAsync(app);
}
