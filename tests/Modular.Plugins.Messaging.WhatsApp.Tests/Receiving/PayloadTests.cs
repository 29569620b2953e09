using System.Text.Json.Nodes;
using Modular.Plugins.Messaging.WhatsApp.Tests.Infrastructure;
using Modular.Sdk.Extensions.Messaging;
using Payloads = Modular.Sdk.Testing.Fakes.WhatsApp.WhatsAppWebhookPayloads;

namespace Modular.Plugins.Messaging.WhatsApp.Tests.Receiving;

public sealed class PayloadTests
{
    private static readonly DateTimeOffset SentAt = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Fact]
    public async Task Text_and_interactive_replies_and_statuses_of_every_entry_are_read()
    {
        var body = Payloads.Body(
            Payloads.Entry(TestAccount.PhoneNumberId,
                Payloads.Text("+33611111111", "Oui, dans 3 mois", "wamid.text", SentAt),
                Payloads.ButtonReply("+33622222222", "yes", "Oui", "wamid.button", SentAt.AddSeconds(1))),
            Payloads.Entry(TestAccount.PhoneNumberId,
                Payloads.ListReply("+33633333333", "budget-2", "100 à 200 k€", "Budget moyen", "wamid.list", SentAt.AddSeconds(2)),
                Payloads.Status("wamid.out1", "delivered", TestAccount.Lead, at: SentAt.AddSeconds(3)),
                Payloads.Status("wamid.out2", "failed", TestAccount.Lead, errorCode: 131047, at: SentAt.AddSeconds(4))));

        var result = await Inbound.Channel.ReceiveAsync(Inbound.SignedPost(body));

        result.Authentic.ShouldBeTrue();
        result.ResponseBody.ShouldBeNull();
        result.Messages.ShouldBe(
        [
            new InboundMessage("wamid.text", "+33611111111", "Oui, dans 3 mois", InboundIntent.Message, SentAt),
            new InboundMessage("wamid.button", "+33622222222", "Oui", InboundIntent.Message, SentAt.AddSeconds(1)),
            new InboundMessage("wamid.list", "+33633333333", "100 à 200 k€", InboundIntent.Message, SentAt.AddSeconds(2)),
        ]);
        result.Statuses.ShouldBe(
        [
            new DeliveryStatus("wamid.out1", "delivered", null, SentAt.AddSeconds(3)),
            new DeliveryStatus("wamid.out2", "failed", "131047", SentAt.AddSeconds(4)),
        ]);
    }

    [Fact]
    public async Task A_quick_reply_button_of_a_template_reads_as_its_label()
    {
        var body = Payloads.Body(Payloads.Entry(TestAccount.PhoneNumberId, Payloads.QuickReplyButton(TestAccount.Lead, "Oui, rappelez-moi", "CALLBACK", "wamid.quick")));

        var result = await Inbound.Channel.ReceiveAsync(Inbound.SignedPost(body));

        result.Messages.ShouldHaveSingleItem().Text.ShouldBe("Oui, rappelez-moi");
    }

    [Fact]
    public async Task Messages_without_text_are_kept_with_their_caption_or_an_empty_text_and_system_notices_are_skipped()
    {
        var body = Payloads.Body(Payloads.Entry(TestAccount.PhoneNumberId,
            Payloads.OtherMessage(TestAccount.Lead, "image", new JsonObject { ["id"] = "1", ["mime_type"] = "image/jpeg", ["caption"] = "Ma maison" }, "wamid.image"),
            Payloads.OtherMessage(TestAccount.Lead, "audio", new JsonObject { ["id"] = "2", ["mime_type"] = "audio/ogg; codecs=opus", ["voice"] = true }, "wamid.voice"),
            Payloads.OtherMessage(TestAccount.Lead, "system", new JsonObject { ["body"] = "User changed number", ["type"] = "user_changed_number" }, "wamid.system")));

        var result = await Inbound.Channel.ReceiveAsync(Inbound.SignedPost(body));

        result.Messages.Select(message => (message.ProviderMessageId, message.Text)).ShouldBe([("wamid.image", "Ma maison"), ("wamid.voice", "")]);
        result.Messages.ShouldAllBe(message => message.From == TestAccount.Lead && message.Intent == InboundIntent.Message);
    }

    [Fact]
    public async Task A_reaction_to_a_question_reads_as_its_emoji()
    {
        var body = Payloads.Body(Payloads.Entry(TestAccount.PhoneNumberId,
            Payloads.OtherMessage(TestAccount.Lead, "reaction", new JsonObject { ["message_id"] = "wamid.question", ["emoji"] = "👍" }, "wamid.reaction")));

        var result = await Inbound.Channel.ReceiveAsync(Inbound.SignedPost(body));

        result.Messages.ShouldHaveSingleItem().Text.ShouldBe("👍");
    }

    [Fact]
    public async Task A_signed_body_that_is_not_json_is_authentic_and_carries_nothing()
    {
        var result = await Inbound.Channel.ReceiveAsync(Inbound.SignedPost("{\"object\":\"whatsapp_business_account\",\"entry\":["));

        result.Authentic.ShouldBeTrue();
        result.Messages.ShouldBeEmpty();
        result.Statuses.ShouldBeEmpty();
    }
}
