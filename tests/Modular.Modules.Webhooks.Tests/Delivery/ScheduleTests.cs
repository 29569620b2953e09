using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Delivery;

/// <summary>
/// The standard retry schedule played out in compressed time. Each test has a host of its own: its clock only moves
/// forward, and a day pushed on one test would be due work for another.
/// </summary>
public sealed class ScheduleTests
{
    /// <summary>Standard Webhooks' waits before attempts 2 to 10 (attempt 1 goes at once).</summary>
    private static readonly TimeSpan[] Waits =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5),
        TimeSpan.FromHours(10), TimeSpan.FromHours(14), TimeSpan.FromHours(20), TimeSpan.FromHours(24),
    ];

    private const double Jitter = 0.2;

    // attemptedAt is taken before the call and the next time once the answer is in: the gap also holds one local round trip.
    private static readonly TimeSpan RoundTrip = TimeSpan.FromMilliseconds(500);

    // Past the due time by more than the second the module may start early, so each step is due whatever it rounds.
    private static readonly TimeSpan PastDue = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task A_partner_that_always_fails_gets_ten_attempts_on_the_jittered_schedule_and_the_message_then_fails()
    {
        using var host = new ClockedHost();
        var client = await host.NewOwnerClientAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        // More failures than the schedule has attempts, so an eleventh attempt would show rather than get a 200.
        receiver.AnswerNext([.. Enumerable.Repeat(ReceiverAnswer.Status(500), Waits.Length + 3)]);
        var endpoint = await WebhooksApi.CreateEndpointAsync(client, receiver.Url, "lead.received");
        await (await LeadSource.CreateAsync(client)).PostNewLeadAsync(host.Host.CreateClient());
        var messageId = (await receiver.WaitForAsync(1)).Single().Id;

        for (var attempt = 1; attempt <= Waits.Length; attempt++)
        {
            var delivery = await DeliveryProgress.AfterAttemptsAsync(client, messageId, endpoint.Id, attempt);
            var next = DeliveryProgress.NextAttemptAt(delivery) ?? throw new ShouldAssertException($"No next attempt after attempt {attempt}: {delivery}");
            var gap = next - await DeliveryProgress.AttemptedAtAsync(client, endpoint.Id, messageId, attempt);
            var wait = Waits[attempt - 1];
            gap.ShouldBeInRange(wait * (1 - Jitter), wait * (1 + Jitter) + RoundTrip, $"the wait after attempt {attempt} is {wait} ±20%");

            host.Clock.AdvancePast(next, PastDue);
            var arrived = await receiver.WaitForAsync(attempt + 1);
            StandardWebhooksVerifier.Check(endpoint.Secret, arrived[^1], host.Clock.GetUtcNow()).ShouldBe(SignatureCheck.Valid, "signed with the time it was sent");
        }

        var failed = await WebhooksApi.DeliveryWhenAsync(client, messageId, endpoint.Id, "failed");
        var ended = WebhooksApi.DeliveryTo(failed, endpoint.Id);
        ended.GetProperty("attempts").GetInt32().ShouldBe(Waits.Length + 1);
        DeliveryProgress.NextAttemptAt(ended).ShouldBeNull();
        host.Clock.Advance(TimeSpan.FromDays(2));
        // Two polls of the job runner: long enough for a stray eleventh attempt to arrive, and it would fail the count.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        receiver.Requests.Count.ShouldBe(Waits.Length + 1);
        receiver.Requests.Select(r => r.Id).Distinct().ShouldBe([messageId], "every retry keeps the webhook-id");
        (await WebhooksApi.EndpointAsync(client, endpoint.Id)).GetProperty("enabled").GetBoolean()
            .ShouldBeTrue("the schedule ends within four days, before the five that disable an endpoint");
    }
}
