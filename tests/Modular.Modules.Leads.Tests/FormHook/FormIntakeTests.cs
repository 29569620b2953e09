using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Infrastructure;

namespace Modular.Modules.Leads.Tests.FormHook;

public sealed class FormIntakeTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const string Site = "https://www.acme.test";
    private const string ThankYou = "https://www.acme.test/merci";

    [Fact]
    public async Task A_posted_form_redirects_to_the_thank_you_page_and_stores_the_lead_with_its_consent_and_the_visitors_address()
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client, "form", new
        {
            thankYouUrl = ThankYou,
            allowedOrigins = new[] { Site },
            honeypotField = "website",
            fieldMapping = new Dictionary<string, string> { ["tel"] = "phone", ["budget_range"] = "attributes.budget" },
        });
        using var browser = Visitors.Browser(host);

        var posted = await browser.SendAsync(Visitors.Post(source.Key,
        [
            new("FIRSTNAME", " jeanne "), new("lastName", "DUPONT"), new("Email", "Jeanne.Dupont@Example.FR"), new("tel", "06 12 34 56 78"),
            new("consent", "I agree to be called back by Acme."), new("consentPurposes", "contact"), new("consentPurposes", "marketing"),
            new("budget_range", "5-10k"), new("how_heard", "trade fair"), new("website", ""), new("submit", ""),
        ], origin: Site));

        posted.StatusCode.ShouldBe(HttpStatusCode.SeeOther, await posted.Content.ReadAsStringAsync());
        posted.Headers.Location.ShouldBe(new Uri(ThankYou));
        posted.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([Site]);
        posted.Headers.Vary.ShouldContain("Origin");

        var lead = (await LeadsApi.SearchAsync(client, "search=jeanne.dupont@example.fr")).ShouldHaveSingleItem();
        lead.GetProperty("firstName").GetString().ShouldBe("Jeanne");
        lead.GetProperty("lastName").GetString().ShouldBe("Dupont");
        lead.GetProperty("phone").GetString().ShouldBe("+33612345678");
        var attributes = lead.GetProperty("attributes").EnumerateObject().ToDictionary(a => a.Name, a => a.Value.GetString());
        attributes.ShouldBe(new Dictionary<string, string?> { ["budget"] = "5-10k", ["how_heard"] = "trade fair" }, ignoreOrder: true);

        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{lead.GetProperty("id").GetGuid()}");
        var consent = detail.GetProperty("consents").EnumerateArray().ShouldHaveSingleItem();
        consent.GetProperty("ipAddress").GetString().ShouldBe(Visitors.Address.ToString());
        consent.GetProperty("text").GetString().ShouldBe("I agree to be called back by Acme.");
        consent.GetProperty("purposes").EnumerateArray().Select(p => p.GetString()).ShouldBe(["contact", "marketing"]);
        consent.GetProperty("sourceId").GetGuid().ShouldBe(source.Id);
    }

    [Fact]
    public async Task A_form_that_cannot_become_a_lead_answers_a_problem_and_never_the_thank_you_page()
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client, "form", new { thankYouUrl = ThankYou });
        using var browser = Visitors.Browser(host);

        var noContact = await browser.SendAsync(Visitors.Post(source.Key, [new("firstName", "Jeanne"), new("message", "Call me")]));
        var tooLong = await browser.SendAsync(Visitors.Post(source.Key, [new("email", "a@b.fr"), new("city", new string('x', 101))]));
        var json = await browser.PostAsync($"/hooks/leads/{source.Key}", JsonContent.Create(new { email = "a@b.fr" }));
        var withFile = await browser.PostAsync($"/hooks/leads/{source.Key}", new MultipartFormDataContent
        {
            { new StringContent("a@b.fr"), "email" },
            { new ByteArrayContent([1, 2, 3]), "resume", "resume.pdf" },
        });

        foreach (var (response, status) in new[]
        {
            (noContact, HttpStatusCode.UnprocessableEntity), (tooLong, HttpStatusCode.UnprocessableEntity),
            (json, HttpStatusCode.UnsupportedMediaType), (withFile, HttpStatusCode.BadRequest),
        })
        {
            response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            response.Headers.Location.ShouldBeNull();
        }
        (await LeadsApi.SearchAsync(client, "")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_filled_honeypot_gets_the_answer_a_person_would_and_stores_nothing()
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);
        var redirecting = await LeadsApi.CreateSourceAsync(client, "form", new { thankYouUrl = ThankYou, honeypotField = "website" });
        var answering = await LeadsApi.CreateSourceAsync(client, "form", new { honeypotField = "website" });
        using var browser = Visitors.Browser(host);
        KeyValuePair<string, string>[] bot = [new("email", "bot@spam.test"), new("phone", "0612345678"), new("Website", "https://spam.test")];

        var redirected = await browser.SendAsync(Visitors.Post(redirecting.Key, bot));
        var answered = await browser.SendAsync(Visitors.Post(answering.Key, bot));

        redirected.StatusCode.ShouldBe(HttpStatusCode.SeeOther);
        redirected.Headers.Location.ShouldBe(new Uri(ThankYou));
        answered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var receipt = await answered.Content.ReadFromJsonAsync<JsonElement>();
        receipt.GetProperty("result").GetString().ShouldBe("created");
        (await client.GetAsync($"/api/v1/leads/{receipt.GetProperty("leadId").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await LeadsApi.SearchAsync(client, "")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_the_sources_origins_may_post_from_a_browser_while_a_post_without_origin_is_taken()
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client, "form", new { allowedOrigins = new[] { Site } });
        var json = await LeadsApi.CreateSourceAsync(client, "json");
        using var browser = Visitors.Browser(host);

        var allowed = await browser.SendAsync(Visitors.Preflight(source.Key, Site));
        allowed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        allowed.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe([Site]);
        allowed.Headers.GetValues("Access-Control-Allow-Methods").ShouldBe(["POST"]);
        allowed.Headers.GetValues("Access-Control-Allow-Headers").ShouldBe(["Content-Type"]);
        allowed.Headers.Contains("Access-Control-Max-Age").ShouldBeTrue();

        foreach (var refused in new[] { await browser.SendAsync(Visitors.Preflight(source.Key, "https://evil.test")), await browser.SendAsync(Visitors.Preflight(json.Key, Site)) })
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            refused.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        }

        var foreign = await browser.SendAsync(Visitors.Post(source.Key, [new("email", "foreign@example.fr")], origin: "https://evil.test"));
        foreign.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreign.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await LeadsApi.SearchAsync(client, "")).ShouldBeEmpty();

        // A form relayed by a server sends no Origin; without a thank-you page the receipt is the answer.
        var relayed = new HttpRequestMessage(HttpMethod.Post, $"/hooks/leads/{source.Key}")
        {
            Content = new MultipartFormDataContent { { new StringContent("relayed@example.fr"), "email" }, { new StringContent("Lyon"), "city" } },
        };
        var taken = await browser.SendAsync(relayed);
        taken.StatusCode.ShouldBe(HttpStatusCode.Created, await taken.Content.ReadAsStringAsync());
        taken.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
        var leadId = (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid();
        var lead = (await LeadsApi.SearchAsync(client, "")).ShouldHaveSingleItem();
        lead.GetProperty("id").GetGuid().ShouldBe(leadId);
        lead.GetProperty("city").GetString().ShouldBe("Lyon");
    }
}
