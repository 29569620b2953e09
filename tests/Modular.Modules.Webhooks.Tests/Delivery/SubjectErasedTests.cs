using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Delivery;

public sealed class SubjectErasedTests(WebhooksHost shared) : IClassFixture<WebhooksHost>
{
    [Fact]
    public async Task An_erasure_tells_partners_the_ids_of_the_leads_to_erase_and_nothing_personal()
    {
        var client = await shared.NewClientAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpoint = await WebhooksApi.CreateEndpointAsync(client, receiver.Url, "subject.erased");
        var leadId = await (await LeadSource.CreateAsync(client)).PostNewLeadAsync(shared.Host);
        var email = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}")).GetProperty("email").GetString();

        var erasure = await client.PostAsJsonAsync("/api/v1/privacy/requests", new { type = "erasure", subject = new { email } });
        erasure.StatusCode.ShouldBe(HttpStatusCode.Created, await erasure.Content.ReadAsStringAsync());

        var erased = (await receiver.WaitForTypeAsync("subject.erased")).Single();
        var data = erased.Json.GetProperty("data");
        data.GetProperty("requestId").GetGuid().ShouldBe((await erasure.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        data.GetProperty("leadIds").EnumerateArray().Select(id => id.GetGuid()).ShouldBe([leadId]);
        System.Text.Encoding.UTF8.GetString(erased.Body).ShouldNotContain(email!);
        StandardWebhooksVerifier.Check(endpoint.Secret, erased, DateTimeOffset.UtcNow).ShouldBe(SignatureCheck.Valid);
    }
}
