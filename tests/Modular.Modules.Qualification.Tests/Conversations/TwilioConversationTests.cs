using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Qualification.Tests.Infrastructure;
using Modular.Sdk.Testing.Fakes.Twilio;

namespace Modular.Modules.Qualification.Tests.Conversations;

/// <summary>Whole conversations over the Twilio plugin, with Twilio played by a local fake that checks credentials and signs its webhooks.</summary>
public sealed class TwilioConversationTests(SharedHost shared) : IClassFixture<SharedHost>, IAsyncLifetime
{
    private const string OwnNumber = "+15005550006";
    private FakeTwilioServer twilio = null!;

    public async Task InitializeAsync() => twilio = await FakeTwilioServer.StartAsync();

    public async Task DisposeAsync() => await twilio.DisposeAsync();

    [Fact]
    public async Task A_lead_qualified_by_sms_gets_each_question_from_twilio_and_its_replies_move_the_conversation()
    {
        var (client, inbound) = await TenantWithTwilioAsync();
        var phone = NewPhone();
        var leadId = await QualificationApi.PostLeadAsync(shared.Host, client, Lead(phone));

        var opening = await NextMessageToAsync(phone, 1);
        opening.Body.ShouldContain("STOP");
        await ReplyAsync(inbound, phone, "Oui");
        (await NextMessageToAsync(phone, 2)).Body.ShouldContain("démarrer");
        await ReplyAsync(inbound, phone, "dans 6 mois");
        await NextMessageToAsync(phone, 3);
        await ReplyAsync(inbound, phone, "entre 200 et 250k€");
        await NextMessageToAsync(phone, 4);
        await ReplyAsync(inbound, phone, "plutôt le soir");

        var ended = await QualificationApi.ConversationWhenAsync(client, leadId, c => c.GetProperty("status").GetString() == "ended", "the verdict");
        ended.GetProperty("verdict").GetString().ShouldBe("Qualified", ended.ToString());
        (await NextMessageToAsync(phone, 5)).Body.ShouldContain("conseiller", Case.Insensitive, "the closing message went through Twilio too");
    }

    [Fact]
    public async Task After_stop_nothing_more_is_sent_to_the_number_not_even_for_a_new_lead()
    {
        var (client, inbound) = await TenantWithTwilioAsync();
        var phone = NewPhone();
        var leadId = await QualificationApi.PostLeadAsync(shared.Host, client, Lead(phone));
        await NextMessageToAsync(phone, 1);

        await ReplyAsync(inbound, phone, "STOP", optOutType: "STOP");

        var ended = await QualificationApi.ConversationWhenAsync(client, leadId, c => c.GetProperty("status").GetString() == "ended", "the opt-out");
        ended.GetProperty("verdict").GetString().ShouldBe("OptedOut");
        // The same number arriving through another client form, as another person: merged or not, it is never written to.
        var second = await QualificationApi.PostLeadAsync(shared.Host, client, """{"firstName":"Paul","email":"paul@example.fr","phone":"PHONE","country":"FR"}""".Replace("PHONE", phone));
        (await client.DeleteAsync($"/api/v1/leads/{second}/conversation")).StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.NoContent);
        (await client.PostAsync($"/api/v1/leads/{second}/conversation", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var refused = await QualificationApi.ConversationWhenAsync(client, second, c => c.GetProperty("status").GetString() == "ended", "the new conversation to end");
        refused.GetProperty("verdict").GetString().ShouldBe("OptedOut");
        twilio.Messages.Count(m => m.To == phone).ShouldBe(1, "only the first message ever reached the number");
    }

    [Fact]
    public async Task A_reply_with_a_forged_signature_is_refused_and_does_not_move_the_conversation()
    {
        var (client, inbound) = await TenantWithTwilioAsync();
        var phone = NewPhone();
        var leadId = await QualificationApi.PostLeadAsync(shared.Host, client, Lead(phone));
        await NextMessageToAsync(phone, 1);

        using var forged = TwilioWebhook.IncomingMessage(phone, OwnNumber, "Oui").CreateRequestWithWrongSignature(inbound);
        var response = await shared.Host.CreateClient().SendAsync(forged);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var conversation = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}/conversation");
        QualificationApi.Messages(conversation, "in").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_first_message_twilio_could_not_deliver_ends_the_conversation_unreachable()
    {
        var (client, _) = await TenantWithTwilioAsync();
        var phone = NewPhone();
        var leadId = await QualificationApi.PostLeadAsync(shared.Host, client, Lead(phone));
        var opening = await NextMessageToAsync(phone, 1);

        var status = await twilio.PostStatusAsync(shared.Host.CreateClient(), opening, "undelivered", errorCode: "30003");

        status.StatusCode.ShouldBe(HttpStatusCode.OK, await status.Content.ReadAsStringAsync());
        var ended = await QualificationApi.ConversationWhenAsync(client, leadId, c => c.GetProperty("status").GetString() == "ended", "the delivery failure");
        ended.GetProperty("verdict").GetString().ShouldBe("Unreachable");
    }

    private async Task<(HttpClient Client, Uri Inbound)> TenantWithTwilioAsync()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        await QualificationApi.SetWindowAsync(client, QualificationApi.AlwaysOpen);
        var created = await client.PostAsJsonAsync("/api/v1/channels", new
        {
            type = "twilio",
            name = "SMS",
            baseUrl = twilio.BaseUrl.ToString(),
            conversationDefault = true,
            settings = new Dictionary<string, string> { ["accountSid"] = twilio.AccountSid, ["authToken"] = twilio.AuthToken, ["from"] = OwnNumber },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var channel = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (client, new Uri(channel.GetProperty("inboundUrl").GetString()!));
    }

    private async Task ReplyAsync(Uri inbound, string phone, string text, string? optOutType = null)
    {
        var response = await TwilioWebhook.IncomingMessage(phone, OwnNumber, text, optOutType: optOutType).PostAsync(shared.Host.CreateClient(), inbound, twilio.AuthToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The <paramref name="count"/>th message Twilio accepted for this number (tests of the class share the fake).</summary>
    private async Task<FakeTwilioMessage> NextMessageToAsync(string phone, int count)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var sent = twilio.Messages.Where(m => m.To == phone).ToList();
            if (sent.Count >= count)
                return sent[count - 1];
            await Task.Delay(100);
        }
        throw new ShouldAssertException($"Twilio received {twilio.Messages.Count(m => m.To == phone)} messages for {phone} in 30 s, not {count}.");
    }

    private static string Lead(string phone) => $$"""{"firstName":"Jeanne","email":"{{Guid.NewGuid():N}}@example.fr","phone":"{{phone}}","country":"FR"}""";

    private static string NewPhone() => "+336" + Random.Shared.Next(10_000_000, 99_999_999);
}
