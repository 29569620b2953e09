using Modular.Modules.Webhooks.Tests.Infrastructure;
using Modular.Sdk.Testing.Fakes.Smtp;

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

    [Fact]
    public async Task Five_days_without_a_success_disable_the_endpoint_and_its_owner_is_emailed()
    {
        using var host = new ClockedHost();
        var client = await host.NewOwnerClientAsync();
        await using var smtp = FakeSmtpServer.Start();
        await EmailChannel.AddAsync(client, smtp);
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.AnswerNext([.. Enumerable.Repeat(ReceiverAnswer.Status(500), 10)]);
        var endpoint = await WebhooksApi.CreateEndpointAsync(client, receiver.Url, "lead.received");
        await (await LeadSource.CreateAsync(client)).PostNewLeadAsync(host.Host.CreateClient());
        var messageId = (await receiver.WaitForAsync(1)).Single().Id;
        var firstFailure = EndpointState.FailingSince(await EndpointState.WhenAsync(client, endpoint.Id, e => EndpointState.FailingSince(e) is not null, "the first failure to be noted"))!.Value;

        // Four days in, the next retry fails too; it must not be enough.
        await RetryAtAsync(host, client, messageId, endpoint.Id, attempts: 1, at: firstFailure + TimeSpan.FromDays(4));
        await receiver.WaitForAsync(2);
        var stillOn = await DeliveryProgress.AfterAttemptsAsync(client, messageId, endpoint.Id, 2);
        WebhooksApi.Text(stillOn, "status").ShouldBe("pending");
        var fourDaysIn = await WebhooksApi.EndpointAsync(client, endpoint.Id);
        EndpointState.Enabled(fourDaysIn).ShouldBeTrue(fourDaysIn.ToString());
        EndpointState.FailingSince(fourDaysIn).ShouldBe(firstFailure, "a failure does not restart the count");

        await RetryAtAsync(host, client, messageId, endpoint.Id, attempts: 2, at: firstFailure + TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1));
        await receiver.WaitForAsync(3);
        var disabled = await EndpointState.WhenAsync(client, endpoint.Id, e => !EndpointState.Enabled(e), "the endpoint to be disabled");
        WebhooksApi.Text(disabled, "disabledReason").ShouldContain("days");
        WebhooksApi.Text(WebhooksApi.DeliveryTo(await WebhooksApi.MessageAsync(client, messageId), endpoint.Id), "status").ShouldBe("failed");

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var email = await smtp.WaitForMessageAsync(1, patience.Token);
        email.Recipients.ShouldBe([ClockedHost.OwnerEmail]);
        email.Body.ShouldContain(receiver.Url.ToString());
    }

    [Fact]
    public async Task Failures_between_successes_never_disable_as_each_success_clears_the_failing_run()
    {
        using var host = new ClockedHost();
        var client = await host.NewOwnerClientAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpoint = await WebhooksApi.CreateEndpointAsync(client, receiver.Url, "lead.received");
        var source = await LeadSource.CreateAsync(client);
        var start = host.Clock.GetUtcNow();

        // Seven leads a day apart, each failing once then accepted: six days, more than the five that disable a failing endpoint.
        for (var day = 0; day < 7; day++)
        {
            receiver.AnswerNext(ReceiverAnswer.Status(500), ReceiverAnswer.Status(200));
            await source.PostNewLeadAsync(host.Host.CreateClient());
            var messageId = (await receiver.WaitForAsync(2 * day + 1))[^1].Id;
            var failing = await EndpointState.WhenAsync(client, endpoint.Id, e => EndpointState.FailingSince(e) is not null, $"day {day}'s failure to be noted");
            EndpointState.Enabled(failing).ShouldBeTrue($"day {day}: {failing}");

            await RetryAtAsync(host, client, messageId, endpoint.Id, attempts: 1);
            await WebhooksApi.DeliveryWhenAsync(client, messageId, endpoint.Id, "succeeded");
            var healthy = await WebhooksApi.EndpointAsync(client, endpoint.Id);
            EndpointState.FailingSince(healthy).ShouldBeNull($"day {day}: a success ends the run of failures");
            EndpointState.Enabled(healthy).ShouldBeTrue();
            host.Clock.Advance(TimeSpan.FromDays(1));
        }

        (host.Clock.GetUtcNow() - start).ShouldBeGreaterThan(TimeSpan.FromDays(5) + TimeSpan.FromDays(1));
        EndpointState.Enabled(await WebhooksApi.EndpointAsync(client, endpoint.Id)).ShouldBeTrue();
        receiver.Requests.Count.ShouldBe(14);
    }

    /// <summary>
    /// Moves the clock to <paramref name="at"/> (just past the retry when null), once the retry that follows
    /// <paramref name="attempts"/> attempts is scheduled, so that retry runs next.
    /// </summary>
    private static async Task RetryAtAsync(ClockedHost host, HttpClient client, string messageId, string endpointId, int attempts, DateTimeOffset? at = null)
    {
        var delivery = await DeliveryProgress.AfterAttemptsAsync(client, messageId, endpointId, attempts);
        var next = DeliveryProgress.NextAttemptAt(delivery) ?? throw new ShouldAssertException($"No retry scheduled after attempt {attempts}: {delivery}");
        var moveTo = at ?? next + PastDue;
        next.ShouldBeLessThan(moveTo, "the retry is due by the time the test moves to");
        host.Clock.AdvancePast(moveTo, TimeSpan.Zero);
    }
}
