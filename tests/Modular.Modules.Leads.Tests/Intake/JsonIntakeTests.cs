using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Infrastructure;
using Modular.Modules.Leads.Tests.ScoringApi;

namespace Modular.Modules.Leads.Tests.Intake;

public sealed class JsonIntakeTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task A_signed_lead_is_stored_normalised_found_by_email_and_shown_with_its_timeline()
    {
        var host = shared.Host;
        var tenant = await shared.NewTenantAsync();
        var client = tenant.Client(host);
        var source = await LeadsApi.CreateSourceAsync(client);
        source.IntakeUrl.ShouldEndWith($"/hooks/leads/{source.Key}");

        var posted = await LeadsApi.PostSignedAsync(host.CreateClient(), source,
            """{"firstName":" jeanne ","lastName":"DUPONT","email":" Jeanne.Dupont@Example.FR ","phone":"06 12 34 56 78","country":"FR","message":"Call me","budget":"5000","utm":{"campaign":"spring"}}""");
        posted.StatusCode.ShouldBe(HttpStatusCode.Created, await posted.Content.ReadAsStringAsync());

        var found = (await LeadsApi.SearchAsync(client, "search=jeanne.dupont@example.fr")).ShouldHaveSingleItem();
        found.GetProperty("email").GetString().ShouldBe("jeanne.dupont@example.fr");
        found.GetProperty("phone").GetString().ShouldBe("+33612345678");
        found.GetProperty("phoneType").GetString().ShouldBe("mobile");
        found.GetProperty("firstName").GetString().ShouldBe("Jeanne");
        found.GetProperty("lastName").GetString().ShouldBe("Dupont");
        found.GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Number, "0 until the lead is scored, a moment after intake");
        // Once scored (by the outbox, after the 201), the list shows the score the explanation sums to.
        var explained = await ScoringClient.ScoreOnceAsync(client, found.GetProperty("id").GetGuid(), s => ScoringClient.History(s).Length > 0, "the lead's first score");
        (await LeadsApi.SearchAsync(client, "search=jeanne.dupont@example.fr")).ShouldHaveSingleItem().GetProperty("score").GetInt32()
            .ShouldBe(ScoringClient.Reasons(explained).Sum(r => r.Points));
        found.GetProperty("attributes").GetProperty("budget").GetString().ShouldBe("5000");
        found.GetProperty("attributes").GetProperty("utm.campaign").GetString().ShouldBe("spring");

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{found.GetProperty("id").GetGuid()}");
        detail.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("type").GetString()).ShouldContain("lead.received");
    }

    [Fact]
    public async Task The_same_person_posted_again_with_the_phone_written_differently_is_merged_into_the_first_lead()
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client);

        var first = await LeadsApi.PostSignedAsync(host.CreateClient(), source, """{"firstName":"Jeanne","phone":"06 12 34 56 78"}""");
        var second = await LeadsApi.PostSignedAsync(host.CreateClient(), source, """{"lastName":"Dupont","phone":"+33 (0)6.12.34.56.78","city":"Lyon"}""");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid();
        (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid().ShouldBe(firstId);
        var lead = (await LeadsApi.SearchAsync(client, "search=0612345678")).ShouldHaveSingleItem();
        lead.GetProperty("id").GetGuid().ShouldBe(firstId);
        lead.GetProperty("lastName").GetString().ShouldBe("Dupont", "the merge fills what the first lead lacked");
        lead.GetProperty("city").GetString().ShouldBe("Lyon");
        (await LeadsApi.SearchAsync(client, "")).Length.ShouldBe(1);
    }

    [Theory]
    [InlineData("bad-signature")]
    [InlineData("stale-signature")]
    [InlineData("unsigned")]
    [InlineData("wrong-secret-header")]
    public async Task An_unauthenticated_submission_answers_401_and_stores_nothing(string how)
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client);
        const string json = """{"email":"a@b.fr"}""";

        var response = how switch
        {
            "bad-signature" => await LeadsApi.PostSignedAsync(host.CreateClient(), source, json, secret: "lss_not-the-secret"),
            "stale-signature" => await LeadsApi.PostSignedAsync(host.CreateClient(), source, json, at: DateTimeOffset.UtcNow.AddSeconds(-301)),
            "unsigned" => await host.CreateClient().PostAsync(source.IntakeUrl, new StringContent(json, System.Text.Encoding.UTF8, "application/json")),
            _ => await host.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/hooks/leads/{source.Key}")
            {
                Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
                Headers = { { "X-Modular-Secret", source.Secret + "x" } },
            }),
        };

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await LeadsApi.SearchAsync(client, "")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_secret_header_alone_authenticates_and_another_tenants_lead_answers_404()
    {
        var host = shared.Host;
        var owner = await shared.NewTenantAsync();
        var stranger = await shared.NewTenantAsync();
        var source = await LeadsApi.CreateSourceAsync(owner.Client(host));

        var response = await host.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/hooks/leads/{source.Key}")
        {
            Content = new StringContent("""{"email":"a@b.fr"}""", System.Text.Encoding.UTF8, "application/json"),
            Headers = { { "X-Modular-Secret", source.Secret } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var leadId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid();

        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(host, owner, stranger, HttpMethod.Get, $"/api/v1/leads/{leadId}");
        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(host, owner, stranger, HttpMethod.Get, $"/api/v1/sources/{source.Id}");
        (await LeadsApi.SearchAsync(stranger.Client(host), "")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{not json", HttpStatusCode.BadRequest)]
    [InlineData("[1,2]", HttpStatusCode.BadRequest)]
    [InlineData("""{"firstName":"No contact"}""", HttpStatusCode.UnprocessableEntity)]
    public async Task A_malformed_submission_answers_a_problem_and_stores_nothing(string json, HttpStatusCode expected)
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client);

        var response = await LeadsApi.PostSignedAsync(host.CreateClient(), source, json);

        response.StatusCode.ShouldBe(expected);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await LeadsApi.SearchAsync(client, "")).ShouldBeEmpty();
    }
}
