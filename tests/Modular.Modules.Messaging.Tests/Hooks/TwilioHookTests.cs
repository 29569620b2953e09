using System.Net;
using System.Text.Json;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Tests.Channels;
using Modular.Modules.Messaging.Tests.Infrastructure;
using Modular.Sdk.Testing.Fakes.Twilio;

namespace Modular.Modules.Messaging.Tests.Hooks;

public sealed class TwilioHookTests(SharedHost shared) : IClassFixture<SharedHost>, IAsyncLifetime
{
    private FakeTwilioServer twilio = null!;

    public async Task InitializeAsync() => twilio = await FakeTwilioServer.StartAsync();

    public async Task DisposeAsync() => await twilio.DisposeAsync();

    [Fact]
    public async Task An_unknown_inbound_key_answers_404_problem()
    {
        var response = await TwilioWebhook.IncomingMessage(MessagingApi.NewPhone(), TwilioChannels.OwnNumber, "Oui")
            .PostAsync(shared.Host.CreateClient(), new Uri("http://localhost/hooks/channels/no-such-key"), twilio.AuthToken);

        await MessagingApi.ShouldBeProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_message_with_a_bad_signature_answers_403_and_nothing_is_stored_or_published()
    {
        var (tenant, inbound) = await TenantWithTwilioAsync();
        using var forged = TwilioWebhook.IncomingMessage(MessagingApi.NewPhone(), TwilioChannels.OwnNumber, "STOP").CreateRequestWithWrongSignature(inbound);

        var response = await shared.Host.CreateClient().SendAsync(forged);

        await MessagingApi.ShouldBeProblemAsync(response, HttpStatusCode.Forbidden);
        (await HostTables.MessagesAsync(shared.Host, tenant.Id)).ShouldBeEmpty();
        (await HostTables.SuppressionsAsync(shared.Host, tenant.Id)).ShouldBeEmpty();
        (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_reply_is_answered_with_empty_TwiML_and_published_for_the_lead_last_written_to_at_that_number()
    {
        var (tenant, inbound) = await TenantWithTwilioAsync();
        var phone = MessagingApi.NewPhone();
        var earlierLead = Guid.NewGuid();
        var laterLead = Guid.NewGuid();
        await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, earlierLead, phone, "Bonjour", $"k/{Guid.NewGuid()}"));
        await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, laterLead, phone, "Bonjour encore", $"k/{Guid.NewGuid()}"));

        var response = await TwilioWebhook.IncomingMessage(phone, TwilioChannels.OwnNumber, "Oui").PostAsync(shared.Host.CreateClient(), inbound, twilio.AuthToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/xml");
        (await response.Content.ReadAsStringAsync()).ShouldContain("<Response></Response>");
        var received = (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(MessageReceived))).ShouldHaveSingleItem();
        received.GetProperty("leadId").GetGuid().ShouldBe(laterLead);
        received.GetProperty("channel").GetString().ShouldBe("twilio");
        received.GetProperty("text").GetString().ShouldBe("Oui");
    }

    [Fact]
    public async Task A_delivery_repeated_by_twilio_even_at_the_same_moment_is_stored_and_published_once()
    {
        var (tenant, inbound) = await TenantWithTwilioAsync();
        var webhook = TwilioWebhook.IncomingMessage(MessagingApi.NewPhone(), TwilioChannels.OwnNumber, "Dans trois mois");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => webhook.PostAsync(shared.Host.CreateClient(), inbound, twilio.AuthToken))));
        var later = await webhook.PostAsync(shared.Host.CreateClient(), inbound, twilio.AuthToken);

        responses.Append(later).ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK, "a repeat is acknowledged, or Twilio would keep retrying");
        (await HostTables.MessagesAsync(shared.Host, tenant.Id)).ShouldHaveSingleItem();
        (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(MessageReceived))).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Twilios_opt_out_suppresses_the_number_and_its_opt_in_lifts_it()
    {
        var (tenant, inbound) = await TenantWithTwilioAsync();
        var phone = MessagingApi.NewPhone();
        var client = shared.Host.CreateClient();

        await TwilioWebhook.IncomingMessage(phone, TwilioChannels.OwnNumber, "Non merci, arrêtez", optOutType: "STOP").PostAsync(client, inbound, twilio.AuthToken);
        var whileOut = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, null, phone, "Bonjour", $"k/{Guid.NewGuid()}"));
        await TwilioWebhook.IncomingMessage(phone, TwilioChannels.OwnNumber, "Je reviens", optOutType: "START").PostAsync(client, inbound, twilio.AuthToken);
        var afterwards = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, null, phone, "Bonjour", $"k/{Guid.NewGuid()}"));

        whileOut.Status.ShouldBe(SendStatus.Suppressed);
        afterwards.Status.ShouldBe(SendStatus.Sent);
        twilio.Messages.ShouldHaveSingleItem().To.ShouldBe(phone);
        (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(MessageReceived))).Select(r => r.GetProperty("optOut").GetBoolean()).ShouldBe([true, false]);
        var optedOut = (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(AddressOptedOut))).ShouldHaveSingleItem();
        (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(AddressOptedIn))).ShouldHaveSingleItem()
            .GetProperty("addressHash").GetString().ShouldBe(optedOut.GetProperty("addressHash").GetString(), "Privacy learns the same person withdrew the objection");
    }

    [Fact]
    public async Task Delivery_statuses_move_a_message_forward_once_each_and_never_back()
    {
        var (tenant, _) = await TenantWithTwilioAsync();
        var leadId = Guid.NewGuid();
        var sent = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, leadId, MessagingApi.NewPhone(), "Bonjour", $"k/{Guid.NewGuid()}"));
        var accepted = await twilio.WaitForMessageAsync(1);
        var client = shared.Host.CreateClient();

        foreach (var status in new[] { "delivered", "sent", "delivered" })
            (await twilio.PostStatusAsync(client, accepted, status)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await HostTables.MessagesAsync(shared.Host, tenant.Id)).ShouldHaveSingleItem().Status.ShouldBe("delivered", "a late 'sent' does not undo 'delivered'");
        var changed = (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(MessageStatusChanged))).ShouldHaveSingleItem();
        changed.GetProperty("messageId").GetGuid().ShouldBe(sent.MessageId);
        changed.GetProperty("leadId").GetGuid().ShouldBe(leadId);
        changed.GetProperty("status").GetString().ShouldBe("delivered");
    }

    [Fact]
    public async Task A_failure_report_carries_twilios_error_code()
    {
        var (tenant, _) = await TenantWithTwilioAsync();
        await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, null, MessagingApi.NewPhone(), "Bonjour", $"k/{Guid.NewGuid()}"));

        await twilio.PostStatusAsync(shared.Host.CreateClient(), await twilio.WaitForMessageAsync(1), "undelivered", "30003");

        var message = (await HostTables.MessagesAsync(shared.Host, tenant.Id)).ShouldHaveSingleItem();
        message.Status.ShouldBe("undelivered");
        message.ErrorCode.ShouldBe("30003");
        (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(MessageStatusChanged))).ShouldHaveSingleItem().GetProperty("errorCode").GetString().ShouldBe("30003");
    }

    [Fact]
    public async Task An_oversized_callback_answers_413_before_the_plugin_reads_it_and_stores_nothing()
    {
        var (tenant, inbound) = await TenantWithTwilioAsync();
        var huge = TwilioWebhook.IncomingMessage(MessagingApi.NewPhone(), TwilioChannels.OwnNumber, new string('a', 300 * 1024));

        var response = await huge.PostAsync(shared.Host.CreateClient(), inbound, twilio.AuthToken);

        await MessagingApi.ShouldBeProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        (await HostTables.MessagesAsync(shared.Host, tenant.Id)).ShouldBeEmpty();
    }

    private async Task<(TestTenant Tenant, Uri Inbound)> TenantWithTwilioAsync()
    {
        var tenant = await shared.NewTenantAsync();
        var channel = await MessagingApi.CreateChannelAsync(tenant.Client(shared.Host), TwilioChannels.Body(twilio));
        return (tenant, TwilioChannels.InboundUrl(channel));
    }
}
