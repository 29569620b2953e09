using System.Net;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Tests.Channels;
using Modular.Modules.Messaging.Tests.Infrastructure;
using Modular.Sdk.Testing.Fakes.Twilio;
using Modular.Testing.Postgres;

namespace Modular.Modules.Messaging.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMessagingTests(PostgresCluster postgres) : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [PostgresFact]
    public async Task On_postgres_a_twilio_delivery_repeated_at_once_is_stored_and_published_once()
    {
        using var host = await StartAsync();
        await using var twilio = await FakeTwilioServer.StartAsync();
        var tenant = await TestTenant.CreateAsync(host, "Acme");
        var inbound = TwilioChannels.InboundUrl(await MessagingApi.CreateChannelAsync(tenant.Client(host), TwilioChannels.Body(twilio)));
        var webhook = TwilioWebhook.IncomingMessage(MessagingApi.NewPhone(), TwilioChannels.OwnNumber, "STOP");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => webhook.PostAsync(host.CreateClient(), inbound, twilio.AuthToken))));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        (await HostTables.MessagesAsync(host, tenant.Id)).ShouldHaveSingleItem();
        (await HostTables.OutboxEventsAsync(host, tenant.Id, nameof(MessageReceived))).ShouldHaveSingleItem().GetProperty("optOut").GetBoolean().ShouldBeTrue();
        (await HostTables.OutboxEventsAsync(host, tenant.Id, "AddressOptedOut")).ShouldHaveSingleItem();
        (await HostTables.SuppressionsAsync(host, tenant.Id)).ShouldHaveSingleItem();
    }

    [PostgresFact]
    public async Task On_postgres_sends_racing_under_one_key_send_once_and_a_sandbox_STOP_suppresses_the_number()
    {
        using var host = await StartAsync();
        var tenant = await TestTenant.CreateAsync(host, "Acme");
        var leadId = Guid.NewGuid();
        var phone = MessagingApi.NewPhone();
        var request = new SendMessage(tenant.Id, leadId, phone, "Bonjour", $"race/{Guid.NewGuid()}");

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => MessagingApi.SendAsync(host, request))));
        (await MessagingApi.PlayReplyAsync(tenant.Client(host), leadId, "Stop")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var afterStop = await MessagingApi.SendAsync(host, new SendMessage(tenant.Id, leadId, phone, "Encore", $"k/{Guid.NewGuid()}"));

        results.ShouldAllBe(r => r.Status == SendStatus.Sent || r.Status == SendStatus.RetryLater);
        results.Count(r => r.Status == SendStatus.Sent).ShouldBeGreaterThanOrEqualTo(1);
        (await HostTables.OutboxEventsAsync(host, tenant.Id, nameof(MessageSent))).ShouldHaveSingleItem();
        afterStop.Status.ShouldBe(SendStatus.Suppressed);
    }

    private async Task<ModularHost> StartAsync() => new(folders, new Dictionary<string, string?>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Modular"] = await postgres.CreateDatabaseAsync(),
    });

    public void Dispose() => folders.Dispose();
}
