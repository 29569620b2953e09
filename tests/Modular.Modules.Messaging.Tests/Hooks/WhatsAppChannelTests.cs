using System.Net;
using Modular.Modules.Messaging.Contracts;
using Modular.Modules.Messaging.Tests.Channels;
using Modular.Modules.Messaging.Tests.Infrastructure;
using Modular.Sdk.Testing.Fakes.WhatsApp;

namespace Modular.Modules.Messaging.Tests.Hooks;

public sealed class WhatsAppChannelTests(SharedHost shared) : IClassFixture<SharedHost>, IAsyncLifetime
{
    private FakeWhatsAppServer meta = null!;

    public async Task InitializeAsync() => meta = await WhatsAppChannels.StartMetaAsync();

    public async Task DisposeAsync() => await meta.DisposeAsync();

    [Fact]
    public async Task Outside_the_24_hour_window_the_approved_template_is_sent_and_inside_it_free_text()
    {
        var (tenant, webhooks) = await TenantWithWhatsAppAsync();
        var phone = MessagingApi.NewPhone();
        var leadId = Guid.NewGuid();

        var first = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, leadId, phone, "Bonjour Jeanne, une question rapide ?", $"k/{Guid.NewGuid()}"));
        meta.RecipientWroteNow(phone);
        (await webhooks.PostAsync(WhatsAppWebhookPayloads.Body(WhatsAppWebhookPayloads.Entry(WhatsAppChannels.PhoneNumberId, WhatsAppWebhookPayloads.Text(phone, "Oui, allez-y")))))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var second = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, leadId, phone, "Quel est votre budget ?", $"k/{Guid.NewGuid()}"));

        first.Status.ShouldBe(SendStatus.Sent);
        second.Status.ShouldBe(SendStatus.Sent);
        meta.Messages.Select(m => m.Type).ShouldBe(["template", "text"]);
        meta.Messages[0].TemplateName.ShouldBe(WhatsAppChannels.TemplateName);
        meta.Messages[0].TemplateParameters.ShouldBe(["Bonjour Jeanne, une question rapide ?"]);
        meta.Messages[1].Text.ShouldBe("Quel est votre budget ?");
        var received = (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(MessageReceived))).ShouldHaveSingleItem();
        received.GetProperty("leadId").GetGuid().ShouldBe(leadId);
        received.GetProperty("channel").GetString().ShouldBe("whatsapp");
        received.GetProperty("from").GetString().ShouldBe(phone);
    }

    [Fact]
    public async Task When_meta_says_the_window_is_closed_after_all_the_message_is_sent_again_once_as_the_template()
    {
        var (tenant, webhooks) = await TenantWithWhatsAppAsync();
        var phone = MessagingApi.NewPhone();
        // Stored here as a reply within the window, though Meta never counted it (it says 131047).
        await webhooks.PostAsync(WhatsAppWebhookPayloads.Body(WhatsAppWebhookPayloads.Entry(WhatsAppChannels.PhoneNumberId, WhatsAppWebhookPayloads.Text(phone, "Bonjour"))));

        var result = await MessagingApi.SendAsync(shared.Host, new SendMessage(tenant.Id, null, phone, "Merci, à bientôt", $"k/{Guid.NewGuid()}"));

        result.Status.ShouldBe(SendStatus.Sent);
        meta.SendRequests.ShouldBe(2, "the free text refused with 131047, then the template");
        meta.Messages.ShouldHaveSingleItem().Type.ShouldBe("template");
        (await HostTables.MessagesAsync(shared.Host, tenant.Id)).Single(m => m.Id == result.MessageId).AsTemplate.ShouldBeTrue();
    }

    [Fact]
    public async Task The_verification_handshake_is_answered_with_the_challenge_only_for_the_right_token()
    {
        var (_, webhooks) = await TenantWithWhatsAppAsync();

        var verified = await webhooks.HandshakeAsync(WhatsAppChannels.VerifyToken, "1158201444");
        var refused = await webhooks.HandshakeAsync("guessed", "1158201444");

        verified.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await verified.Content.ReadAsStringAsync()).ShouldBe("1158201444");
        await MessagingApi.ShouldBeProblemAsync(refused, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_webhook_signed_with_another_secret_answers_403_and_nothing_is_stored_while_a_repeated_wamid_is_stored_once()
    {
        var (tenant, webhooks) = await TenantWithWhatsAppAsync();
        var phone = MessagingApi.NewPhone();
        var body = WhatsAppWebhookPayloads.Body(WhatsAppWebhookPayloads.Entry(WhatsAppChannels.PhoneNumberId, WhatsAppWebhookPayloads.Text(phone, "Réponse", WhatsAppWebhookPayloads.NewWamid())));

        await MessagingApi.ShouldBeProblemAsync(await webhooks.PostWithWrongSignatureAsync(body), HttpStatusCode.Forbidden);
        (await HostTables.MessagesAsync(shared.Host, tenant.Id)).ShouldBeEmpty();
        (await webhooks.PostAsync(body)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await webhooks.PostAsync(body)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await HostTables.MessagesAsync(shared.Host, tenant.Id)).ShouldHaveSingleItem().Body.ShouldBe("Réponse");
        (await HostTables.OutboxEventsAsync(shared.Host, tenant.Id, nameof(MessageReceived))).ShouldHaveSingleItem();
    }

    private async Task<(TestTenant Tenant, WhatsAppWebhookClient Webhooks)> TenantWithWhatsAppAsync()
    {
        var tenant = await shared.NewTenantAsync();
        var channel = await MessagingApi.CreateChannelAsync(tenant.Client(shared.Host), WhatsAppChannels.Body(meta));
        return (tenant, new WhatsAppWebhookClient(shared.Host.CreateClient(), new Uri(channel.GetProperty("inboundUrl").GetString()!), WhatsAppChannels.AppSecret));
    }
}
