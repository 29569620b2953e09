using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Infrastructure;

namespace Modular.Modules.Leads.Tests.Leads;

public sealed class CreateAndListLeadsTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task An_idempotency_key_makes_a_retry_return_the_same_lead_and_store_nothing_more()
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);
        var body = new { firstName = "ada", lastName = "lovelace", email = "Ada@Example.com", tags = new[] { "VIP", "vip " }, consent = new { text = "I agree to be called.", purposes = new[] { "contact" } } };

        var first = await Send(client, body, "retry-1");
        var retry = await Send(client, body, "retry-1");
        var other = await Send(client, new { email = "someone.else@example.com" }, "retry-2");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        retry.StatusCode.ShouldBe(HttpStatusCode.OK);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        (await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ShouldBe(created.GetProperty("id").GetGuid());
        created.GetProperty("firstName").GetString().ShouldBe("Ada");
        created.GetProperty("email").GetString().ShouldBe("ada@example.com");
        created.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["vip"]);
        other.StatusCode.ShouldBe(HttpStatusCode.Created);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/leads");
        page.GetProperty("items").GetArrayLength().ShouldBe(2);
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{created.GetProperty("id").GetGuid()}");
        var consent = detail.GetProperty("consents").EnumerateArray().ShouldHaveSingleItem();
        consent.GetProperty("text").GetString().ShouldBe("I agree to be called.");
        // Other modules (the conversation starting) may add entries of their own meanwhile; the Leads module's are what a retry could add.
        detail.GetProperty("timeline").EnumerateArray().Count(e => e.GetProperty("module").GetString() == "leads").ShouldBe(1, "the retry recorded nothing");
    }

    [Fact]
    public async Task Filters_and_cursor_pages_walk_every_matching_lead_once()
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);
        for (var i = 0; i < 7; i++)
            (await Send(client, new { email = $"lead{i}@example.com", tags = i % 2 == 0 ? new[] { "even" } : [] })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await Send(client, new { phone = "+44 7700 900123", firstName = "Grace" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads?tag=EVEN&limit=3{(cursor is null ? "" : "&cursor=" + cursor)}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("email").GetString()!));
            cursor = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
        }
        while (cursor is not null);

        seen.ShouldBe(["lead6@example.com", "lead4@example.com", "lead2@example.com", "lead0@example.com"]);
        var byPhone = await client.GetFromJsonAsync<JsonElement>("/api/v1/leads?search=07700900123");
        byPhone.GetProperty("items").GetArrayLength().ShouldBe(0, "a national number is read in the tenant's country (FR) when searching");
        var byE164 = await client.GetFromJsonAsync<JsonElement>("/api/v1/leads?search=%2B447700900123");
        byE164.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("firstName").GetString().ShouldBe("Grace");
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/leads?scoreMin=1000")).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/leads?scoreMax=1000&limit=200")).GetProperty("items").GetArrayLength().ShouldBe(8);
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads?createdTo={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-1).ToString("O"))}")).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Theory]
    [InlineData("/api/v1/leads?status=sleeping")]
    [InlineData("/api/v1/leads?limit=0")]
    [InlineData("/api/v1/leads?cursor=not-a-cursor")]
    public async Task A_bad_query_answers_400_problem(string path)
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);

        var response = await client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_lead_without_email_or_phone_or_with_an_unknown_field_is_refused_and_nothing_is_stored()
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);

        (await Send(client, new { firstName = "Nobody" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Send(client, new { email = "a@b.fr", favouriteColour = "blue" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Send(client, new { email = "a@b.fr", company = new string('x', 201) })).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        (await client.GetFromJsonAsync<JsonElement>("/api/v1/leads")).GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/leads") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }
}
