using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Crash;

/// <summary>
/// The host process killed (no shutdown, no flush) at the two moments a webhook could be lost, then started again on
/// the same database: every event still reaches the partner at least once, under the id it can deduplicate by.
/// </summary>
public sealed class CrashTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    // Short leases and timeouts, so work a dead process held is taken up again within seconds rather than a minute.
    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Modular:Network:AllowPrivateTargets"] = "true",
        ["Modular:Network:AllowHttp"] = "true",
        ["Modular:Outbox:LeaseSeconds"] = "3",
        ["Extensions:webhooks:AttemptTimeoutSeconds"] = "2",
        ["Extensions:webhooks:RetryScheduleSeconds"] = "0,1,1,1,1",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private readonly ExtensionFolders folders = new();
    private WebhookReceiver receiver = null!;

    public async Task InitializeAsync() => receiver = await WebhookReceiver.StartAsync();

    [Fact]
    public async Task Events_survive_a_crash_during_a_delivery_and_one_right_after_their_commit()
    {
        string firstMessage;
        LeadSource source;
        WebhooksApi.CreatedEndpoint endpoint;
        await using (var host = await HostProcess.StartAsync(folders, Settings))
        {
            using var client = host.Client();
            endpoint = await WebhooksApi.CreateEndpointAsync(client, receiver.Url, "lead.received");
            source = await LeadSource.CreateAsync(client);

            // The partner takes the first message and is slow to answer: the host dies after sending it, before marking it sent.
            receiver.AnswerNext(new ReceiverAnswer(200, Delay: TimeSpan.FromSeconds(20)));
            await source.PostNewLeadAsync(new HttpClient { BaseAddress = host.Address });
            firstMessage = (await receiver.WaitForAsync(1, Patience))[0].Id;

            // The second lead is committed (201) and the host dies at once, before or while its event is dispatched.
            await source.PostNewLeadAsync(new HttpClient { BaseAddress = host.Address });
            await host.CrashAsync();
        }

        await using (var restarted = await HostProcess.StartAsync(folders, Settings))
        {
            var received = await receiver.WaitForAsync(r => r.Id != firstMessage, 1, "the second lead's message", Patience);
            await receiver.WaitForAsync(r => r.Id == firstMessage, 2, "the first message sent again", Patience);

            var everything = receiver.Requests;
            everything.Select(r => r.Id).Distinct().Count().ShouldBe(2, "two leads, two messages, however often each arrived");
            everything.ShouldAllBe(r => StandardWebhooksVerifier.Verify(endpoint.Secret, r, DateTimeOffset.UtcNow));
            var leads = everything.Select(r => r.Json.GetProperty("data").GetProperty("leadId").GetGuid()).Distinct().ToList();
            leads.Count.ShouldBe(2);
            received[0].Type.ShouldBe("lead.received");

            using var client = restarted.Client();
            await WebhooksApi.DeliveryWhenAsync(client, firstMessage, endpoint.Id, "succeeded");
        }
    }

    public async Task DisposeAsync()
    {
        await receiver.DisposeAsync();
        folders.Dispose();
    }
}
