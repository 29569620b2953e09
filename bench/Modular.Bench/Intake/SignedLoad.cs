using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Modular.Bench.Intake;

/// <summary>
/// Closed-loop load of signed JSON leads: each client posts its next person as soon as the last answer is read, and
/// the time of every request is kept for its percentiles. Every person is new, so nothing is merged.
/// </summary>
internal sealed class SignedLoad(byte[] secret, string run)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    public async Task<LoadRound> RunAsync(Uri url, int clients, TimeSpan duration)
    {
        using var client = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = clients,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        }) { Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        var failures = new List<string>();

        async Task<List<double>> ClientAsync()
        {
            var latencies = new List<double>();
            while (clock.Elapsed < duration)
            {
                var body = BenchPerson.Next(run).Json();
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = Json;
                request.Headers.Add("X-Modular-Signature", BenchPerson.Sign(secret, body, DateTimeOffset.UtcNow.ToUnixTimeSeconds()));
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request);
                    var answer = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode == HttpStatusCode.Created)
                        latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    else
                        lock (failures) failures.Add($"{(int)response.StatusCode} {answer}");
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    lock (failures) failures.Add(e.Message);
                }
            }
            return latencies;
        }

        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(ClientAsync)));
        var elapsed = clock.Elapsed;
        var all = perClient.SelectMany(l => l).Order().ToArray();
        return new LoadRound(all.Length / elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), all.Length, failures.Count, failures.FirstOrDefault());
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

/// <summary>One round against one endpoint: created leads per second and the latency of the requests that created one.</summary>
internal sealed record LoadRound(double LeadsPerSecond, double P50Milliseconds, double P99Milliseconds, long Created, long Failed, string? FirstFailure);
