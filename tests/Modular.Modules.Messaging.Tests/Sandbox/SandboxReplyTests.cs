using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Shared;
using Modular.Modules.Messaging.Tests.Infrastructure;

namespace Modular.Modules.Messaging.Tests.Sandbox;

public sealed class SandboxReplyTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task A_played_reply_is_stored_from_the_leads_number_and_published_as_MessageReceived_for_the_lead()
    {
        var tenant = await shared.NewTenantAsync();
        var client = tenant.Client(shared.Host);
        var leadId = Guid.NewGuid();
        var phone = MessagingApi.NewPhone();
        var sent = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, leadId, phone, "Votre projet est-il pour cette année ?", $"k/{Guid.NewGuid()}"));

        var response = await MessagingApi.PlayReplyAsync(client, leadId, "Oui, d'ici l'été");

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var messageId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("messageId").GetGuid();
        var received = (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(MessageReceived))).ShouldHaveSingleItem();
        received.GetProperty("messageId").GetGuid().ShouldBe(messageId);
        received.GetProperty("leadId").GetGuid().ShouldBe(leadId);
        received.GetProperty("channel").GetString().ShouldBe("sandbox");
        received.GetProperty("from").GetString().ShouldBe(phone);
        received.GetProperty("text").GetString().ShouldBe("Oui, d'ici l'été");
        received.GetProperty("optOut").GetBoolean().ShouldBeFalse();
        var conversation = await MessagingApi.LeadMessagesAsync(client, leadId);
        conversation.Select(m => m.GetProperty("direction").GetString()).ShouldBe(["in", "out"], "newest first");
        conversation[1].GetProperty("id").GetGuid().ShouldBe(sent.MessageId);
    }

    [Fact]
    public async Task A_reply_to_a_lead_never_written_to_or_to_another_tenants_lead_answers_404()
    {
        var owner = await shared.NewTenantAsync();
        var stranger = await shared.NewTenantAsync();
        var leadId = Guid.NewGuid();
        await MessagingApi.SendAsync(shared.Host, new SendMessage(owner.Id, leadId, MessagingApi.NewPhone(), "Bonjour", $"k/{Guid.NewGuid()}"));

        await MessagingApi.ShouldBeProblemAsync(await MessagingApi.PlayReplyAsync(owner.Client(shared.Host), Guid.NewGuid(), "Oui"), HttpStatusCode.NotFound);
        await MessagingApi.ShouldBeProblemAsync(await MessagingApi.PlayReplyAsync(stranger.Client(shared.Host), leadId, "Oui"), HttpStatusCode.NotFound);
        (await MessagingApi.LeadMessagesAsync(stranger.Client(shared.Host), leadId)).ShouldBeEmpty();
        (await HostTables.MessagesAsync(shared.Host, stranger.Id)).ShouldBeEmpty();
        (await HostTables.MessagesAsync(shared.Host, owner.Id)).Count.ShouldBe(1, "nothing was received");
    }

    [Fact]
    public async Task STOP_played_in_the_sandbox_suppresses_the_number_until_START()
    {
        var tenant = await shared.NewTenantAsync();
        var client = tenant.Client(shared.Host);
        var leadId = Guid.NewGuid();
        var phone = MessagingApi.NewPhone();
        await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, leadId, phone, "Bonjour ! STOP au 36180", $"k/{Guid.NewGuid()}"));

        (await MessagingApi.PlayReplyAsync(client, leadId, " arrêt ")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var afterStop = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, Guid.NewGuid(), phone, "Nouveau lead, même numéro", $"k/{Guid.NewGuid()}"));
        (await MessagingApi.PlayReplyAsync(client, leadId, "Start")).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var afterStart = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, leadId, phone, "Merci !", $"k/{Guid.NewGuid()}"));

        afterStop.Status.ShouldBe(SendStatus.Suppressed, "not even for a new lead with that number");
        afterStart.Status.ShouldBe(SendStatus.Sent);
        var received = await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(MessageReceived));
        received.Select(r => r.GetProperty("optOut").GetBoolean()).ShouldBe([true, false]);
        var optedOut = (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, "AddressOptedOut")).ShouldHaveSingleItem();
        optedOut.GetProperty("addressHash").GetString().ShouldBe(Addresses.Hash(phone));
        optedOut.GetProperty("leadId").GetGuid().ShouldBe(leadId);
        (await HostTables.SuppressionsAsync(shared.Host, tenant.Id)).ShouldBeEmpty("START lifted it");
    }

    [Fact]
    public async Task Members_play_replies_with_the_messages_scope()
    {
        var tenant = await ScopedTenants.NewTenantAsync(shared, "messages:read");
        var leadId = Guid.NewGuid();
        await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, leadId, MessagingApi.NewPhone(), "Bonjour", $"k/{Guid.NewGuid()}"));

        (await MessagingApi.PlayReplyAsync(tenant.Client(shared.Host), leadId, "Oui")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "playing a reply writes");
        (await MessagingApi.LeadMessagesAsync(tenant.Client(shared.Host), leadId)).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_sandbox_configuration_takes_provider_calls_played_at_its_inbound_url_once_per_id()
    {
        var tenant = await shared.NewTenantAsync();
        var channel = await MessagingApi.CreateChannelAsync(tenant.Client(shared.Host), new { type = "sandbox", name = "Demo" });
        var inbound = new Uri(channel.GetProperty("inboundUrl").GetString()!);
        var phone = MessagingApi.NewPhone();
        var anonymous = shared.Host.CreateClient();

        var first = await anonymous.PostAsJsonAsync(inbound, new { id = "demo-1", from = phone, text = "Oui" });
        var repeat = await anonymous.PostAsJsonAsync(inbound, new { id = "demo-1", from = phone, text = "Oui" });

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        repeat.StatusCode.ShouldBe(HttpStatusCode.OK);
        var stored = (await HostTables.MessagesAsync(shared.Host, tenant.Id)).ShouldHaveSingleItem();
        stored.Address.ShouldBe(phone);
        stored.ChannelId.ShouldBe(channel.GetProperty("id").GetGuid());
        (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(MessageReceived))).ShouldHaveSingleItem();
    }
}
