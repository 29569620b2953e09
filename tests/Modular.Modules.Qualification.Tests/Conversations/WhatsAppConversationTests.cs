using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Qualification.Tests.Infrastructure;
using Modular.Sdk.Testing.Fakes.WhatsApp;

namespace Modular.Modules.Qualification.Tests.Conversations;

/// <summary>A conversation over the WhatsApp plugin, with Meta played by a local fake that enforces the 24-hour window.</summary>
public sealed class WhatsAppConversationTests(SharedHost shared) : IClassFixture<SharedHost>, IAsyncLifetime
{
    private const string PhoneNumberId = "106540352242922";
    private const string AccessToken = "fake-meta-access-token";
    private const string AppSecret = "fake-meta-app-secret";
    private const string Template = "relance_qualification";
    private FakeWhatsAppServer meta = null!;

    public async Task InitializeAsync()
    {
        meta = await FakeWhatsAppServer.StartAsync(PhoneNumberId, AccessToken);
        meta.ApproveTemplate(Template, "fr");
    }

    public async Task DisposeAsync() => await meta.DisposeAsync();

    [Fact]
    public async Task The_first_message_to_a_lead_who_never_wrote_is_the_template_and_after_the_reply_questions_go_as_free_text()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        await QualificationApi.SetWindowAsync(client, QualificationApi.AlwaysOpen);
        var created = await client.PostAsJsonAsync("/api/v1/channels", new
        {
            type = "whatsapp",
            name = "WhatsApp",
            baseUrl = meta.BaseUrl.ToString(),
            conversationDefault = true,
            settings = new Dictionary<string, string>
            {
                ["phoneNumberId"] = PhoneNumberId, ["accessToken"] = AccessToken, ["appSecret"] = AppSecret,
                ["verifyToken"] = "verify", ["templateName"] = Template, ["templateLanguage"] = "fr",
            },
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var inbound = new Uri((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("inboundUrl").GetString()!);
        var phone = "+336" + Random.Shared.Next(10_000_000, 99_999_999);

        var leadId = await QualificationApi.PostLeadAsync(shared.Host, client, $$"""{"firstName":"Jeanne","phone":"{{phone}}","country":"FR"}""");

        var opening = await meta.WaitForMessageAsync(1);
        opening.Type.ShouldBe("template", "outside the 24-hour window only an approved template may open the conversation");
        opening.TemplateName.ShouldBe(Template);
        opening.TemplateParameters.ShouldHaveSingleItem().ShouldContain("STOP");

        meta.RecipientWroteNow(phone);
        var webhook = new WhatsAppWebhookClient(shared.Host.CreateClient(), inbound, AppSecret);
        var replied = await webhook.PostAsync(WhatsAppWebhookPayloads.Body(WhatsAppWebhookPayloads.Entry(PhoneNumberId, WhatsAppWebhookPayloads.Text(phone, "Oui 👍"))));
        replied.StatusCode.ShouldBe(HttpStatusCode.OK, await replied.Content.ReadAsStringAsync());

        var question = await meta.WaitForMessageAsync(2);
        question.Type.ShouldBe("text", "the lead's reply opened the window for free text");
        question.Text.ShouldContain("démarrer");
        var conversation = await QualificationApi.ConversationWhenAsync(client, leadId, c => c.GetProperty("currentQuestion").GetString() == "timeframe", "the second question");
        conversation.GetProperty("answers")[0].GetProperty("value").GetString().ShouldBe("true");
    }
}
