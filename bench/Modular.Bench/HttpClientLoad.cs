using System.Diagnostics;

namespace Modular.Bench;

/// <summary>Closed-loop load from this process: each worker sends its next request as soon as the last one is read.</summary>
internal static class HttpClientLoad
{
    public static async Task<LoadSample> RunAsync(Uri url, int workers, TimeSpan duration)
    {
        // One connection per worker, kept for the whole run: the figure is about the server, not connection setup.
        using var client = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = workers,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        });
        long succeeded = 0;
        long failed = 0;
        var clock = Stopwatch.StartNew();

        async Task WorkAsync()
        {
            while (clock.Elapsed < duration)
            {
                try
                {
                    using var response = await client.GetAsync(url);
                    await response.Content.LoadIntoBufferAsync();
                    Interlocked.Increment(ref response.IsSuccessStatusCode ? ref succeeded : ref failed);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync)));
        return new LoadSample(succeeded / clock.Elapsed.TotalSeconds, failed);
    }
}
