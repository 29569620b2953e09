using System.Diagnostics;
using Modular.Bench.Intake;

namespace Modular.Bench.Webhooks;

/// <summary>
/// Leads posted into a tenant with several partner endpoints for <c>lead.received</c>, each a local receiver that
/// fails some first attempts or answers slowly; measured at the receivers, on this machine's clock, which is also the
/// host's.
/// </summary>
internal static class WebhooksBenchmark
{
    /// <summary>Leads delivered to receivers answering 200 at once before the measure, so the host's delivery path is compiled.</summary>
    private const int WarmUpLeads = 10;

    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(15);

    public static async Task<WebhooksResult> RunAsync(Workspace workspace, WebhooksOptions options)
    {
        var loadBefore = Machine.Load();
        var environment = new Dictionary<string, string>
        {
            // Every lead comes from one loopback address, which the host limits to 1200 hook calls a minute by default.
            ["Modular__RateLimits__HookPermitsPerMinute"] = "1000000000",
            // The receivers are plain http on loopback, which the host refuses unless the operator allows both.
            ["Modular__Network__AllowPrivateTargets"] = "true",
            ["Modular__Network__AllowHttp"] = "true",
            ["Extensions__webhooks__RetryScheduleSeconds"] = options.RetrySchedule,
        };
        foreach (var (name, value) in options.HostEnvironment)
            environment[name] = value;

        var tenantAndKey = await BenchTenant.CreateWithApiKeyAsync(workspace.Host, environment);
        var log = new ArrivalLog();
        var receivers = new List<PartnerReceiver>();
        try
        {
            for (var i = 0; i < options.Receivers; i++)
                receivers.Add(await PartnerReceiver.StartAsync(i, (i + 1) % options.OneSlowIn == 0, options.FirstAttemptFailures, log));
            using var host = HostProcess.Start(workspace.Host, environment);
            await host.WaitUntilReadyAsync(workspace.ExtensionCount, TimeSpan.FromSeconds(60));
            var tenant = await BenchTenant.CreateSourceAsync(host.BaseAddress, tenantAndKey);
            await PartnerEndpoints.RegisterAsync(host.BaseAddress, tenantAndKey.Split(' ')[1], receivers);
            var posts = new LeadPosts(tenant.IntakeUrl, tenant.Secret, Guid.NewGuid().ToString("N")[..8]);

            Console.WriteLine($"  warm-up: {WarmUpLeads} leads to {receivers.Count} receivers answering 200 at once");
            var warm = await posts.RunAsync(WarmUpLeads, options.Concurrency);
            if (warm.FirstOrDefault(p => p.Failure is not null) is { } failed)
                throw host.Failure($"A warm-up lead failed: {failed.Failure}");
            var (warmDelivered, warmWait) = await WaitForDeliveriesAsync(log, warm.Count * receivers.Count, WarmUpLimit);
            if (warmDelivered < warm.Count * receivers.Count)
                throw host.Failure($"Only {warmDelivered} of the warm-up's {warm.Count * receivers.Count} deliveries arrived within {WarmUpLimit.TotalSeconds:0} s.");
            Console.WriteLine($"  warm-up delivered in {warmWait.TotalSeconds:0.0} s");

            log.StartMeasuring();
            Console.WriteLine($"  {options.Leads} leads, {options.Concurrency} at a time; {receivers.Count(r => r.Slow)} slow receiver(s), " +
                              $"{options.FirstAttemptFailures:0%} of first attempts failed; retries at {options.RetrySchedule} s");
            var posted = await posts.RunAsync(options.Leads, options.Concurrency);
            var created = posted.Count(p => p.LeadId is not null);
            Console.WriteLine($"  {created}/{posted.Count} leads created; waiting up to {options.Drain.TotalSeconds:0} s for {created * receivers.Count} deliveries");
            var (delivered, waited) = await WaitForDeliveriesAsync(log, created * receivers.Count, options.Drain);
            Console.WriteLine($"  {delivered} delivered, the last {waited.TotalSeconds:0.0} s after the last lead was answered");
            return WebhooksResult.From(posted, log, receivers, waited, loadBefore, Machine.Load());
        }
        finally
        {
            foreach (var receiver in receivers)
                await receiver.DisposeAsync();
        }
    }

    /// <summary>Waits until <paramref name="expected"/> message–receiver pairs have been answered 2xx, or <paramref name="limit"/> has passed.</summary>
    private static async Task<(int Delivered, TimeSpan Waited)> WaitForDeliveriesAsync(ArrivalLog log, int expected, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var nextProgress = ProgressEvery;
        while (true)
        {
            var delivered = log.DeliveredCount;
            if (delivered >= expected || clock.Elapsed >= limit)
                return (delivered, clock.Elapsed);
            if (clock.Elapsed >= nextProgress)
            {
                Console.WriteLine($"    {clock.Elapsed.TotalSeconds:0} s: {delivered}/{expected} delivered");
                nextProgress += ProgressEvery;
            }
            await Task.Delay(100);
        }
    }
}
