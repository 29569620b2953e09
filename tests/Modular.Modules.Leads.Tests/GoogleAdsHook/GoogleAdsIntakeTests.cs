using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Infrastructure;

namespace Modular.Modules.Leads.Tests.GoogleAdsHook;

public sealed class GoogleAdsIntakeTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task A_lead_with_the_sources_key_is_stored_with_its_columns_mapped_and_the_ad_it_came_from()
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client, "google-ads");
        var google = host.CreateClient();

        var test = await GoogleAdsWebhook.PostAsync(google, source.Key, GoogleAdsWebhook.Lead(source.Secret, "lead-test-0001", isTest: true,
            ("FULL_NAME", "Full Name", "jeanne DUPONT"), ("EMAIL", "User Email", " Jeanne@Example.FR"), ("PHONE_NUMBER", "User Phone", "06 12 34 56 78"),
            ("POSTAL_CODE", "Postal Code", "69001"), ("CITY", "City", "Lyon"), ("COUNTRY", "Country", "FR"), ("COMPANY_NAME", "Company Name", "Acme"),
            ("WORK_EMAIL", "Work Email", "j.dupont@acme.fr"), ("JOB_TITLE", "Job Title", "CTO"), ("REGION", null, "Rhône"),
            ("BUDGET_QUESTION", "What is your budget?", "10k")));
        test.StatusCode.ShouldBe(HttpStatusCode.Created, await test.Content.ReadAsStringAsync());

        var lead = (await LeadsApi.SearchAsync(client, "search=jeanne@example.fr")).ShouldHaveSingleItem();
        lead.GetProperty("id").GetGuid().ShouldBe((await test.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid());
        lead.GetProperty("isTest").GetBoolean().ShouldBeTrue();
        lead.GetProperty("firstName").GetString().ShouldBe("Jeanne");
        lead.GetProperty("lastName").GetString().ShouldBe("Dupont");
        lead.GetProperty("phone").GetString().ShouldBe("+33612345678");
        lead.GetProperty("postalCode").GetString().ShouldBe("69001");
        lead.GetProperty("city").GetString().ShouldBe("Lyon");
        lead.GetProperty("country").GetString().ShouldBe("FR");
        lead.GetProperty("company").GetString().ShouldBe("Acme");
        lead.GetProperty("sourceId").GetGuid().ShouldBe(source.Id);
        GoogleAdsWebhook.Attributes(lead).ShouldBe(new Dictionary<string, string?>
        {
            ["Work Email"] = "j.dupont@acme.fr", ["Job Title"] = "CTO", ["region"] = "Rhône", ["What is your budget?"] = "10k",
            ["googleAds.lead_id"] = "lead-test-0001", ["googleAds.campaign_id"] = "12345678901", ["googleAds.form_id"] = "40000000001",
            ["googleAds.gcl_id"] = "EAIaIQobChMI-test", ["googleAds.adgroup_id"] = "20000000002", ["googleAds.creative_id"] = "30000000003",
        }, ignoreOrder: true);

        // Work contacts stand in for personal ones the form did not ask for.
        var real = await GoogleAdsWebhook.PostAsync(google, source.Key, GoogleAdsWebhook.Lead(source.Secret, "lead-0002", isTest: false,
            ("FIRST_NAME", null, "Paul"), ("LAST_NAME", null, "Martin"), ("WORK_EMAIL", "Work Email", "paul@globex.fr"), ("WORK_PHONE", "Work Phone", "04 72 00 00 00")));
        real.StatusCode.ShouldBe(HttpStatusCode.Created, await real.Content.ReadAsStringAsync());
        var paul = (await LeadsApi.SearchAsync(client, "search=paul@globex.fr")).ShouldHaveSingleItem();
        paul.GetProperty("isTest").GetBoolean().ShouldBeFalse();
        paul.GetProperty("phone").GetString().ShouldBe("+33472000000");
        GoogleAdsWebhook.Attributes(paul).Keys.ShouldAllBe(name => name.StartsWith("googleAds."));
    }

    [Fact]
    public async Task A_redelivered_lead_answers_the_lead_already_stored_even_without_a_contact_to_deduplicate_on()
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client, "google-ads");
        var google = host.CreateClient();
        // A phone the numbering plan refuses is stored, flagged invalid, and never matched against other leads.
        var lead = GoogleAdsWebhook.Lead(source.Secret, "lead-0003", isTest: false, ("FULL_NAME", "Full Name", "Jeanne Dupont"), ("PHONE_NUMBER", "User Phone", "12"));

        var first = await GoogleAdsWebhook.PostAsync(google, source.Key, lead);
        var again = await GoogleAdsWebhook.PostAsync(google, source.Key, lead);

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        again.StatusCode.ShouldBe(HttpStatusCode.OK, await again.Content.ReadAsStringAsync());
        var receipt = await again.Content.ReadFromJsonAsync<JsonElement>();
        receipt.GetProperty("result").GetString().ShouldBe("repeated");
        receipt.GetProperty("leadId").GetGuid().ShouldBe((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid());
        var stored = (await LeadsApi.SearchAsync(client, "")).ShouldHaveSingleItem();
        stored.GetProperty("phoneValid").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_lead_without_the_sources_key_or_not_shaped_as_google_sends_it_is_refused_and_nothing_is_stored()
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client, "google-ads");
        var google = host.CreateClient();
        var good = GoogleAdsWebhook.Lead(source.Secret, "lead-0004", isTest: false, ("EMAIL", "User Email", "jeanne@example.fr"));
        var wrongKey = GoogleAdsWebhook.Lead(source.Secret + "x", "lead-0005", isTest: false, ("EMAIL", "User Email", "jeanne@example.fr"));
        var noKey = GoogleAdsWebhook.Lead(source.Secret, "lead-0006", isTest: false, ("EMAIL", "User Email", "jeanne@example.fr"));
        noKey.Remove("google_key");
        var noColumns = GoogleAdsWebhook.Lead(source.Secret, "lead-0007", isTest: false);
        noColumns.Remove("user_column_data");
        var noLeadId = GoogleAdsWebhook.Lead(source.Secret, "lead-0008", isTest: false, ("EMAIL", "User Email", "jeanne@example.fr"));
        noLeadId.Remove("lead_id");
        var noContact = GoogleAdsWebhook.Lead(source.Secret, "lead-0009", isTest: false, ("FULL_NAME", "Full Name", "Jeanne Dupont"));

        (string Case, HttpResponseMessage Response, HttpStatusCode Expected)[] cases =
        [
            ("wrong key", await GoogleAdsWebhook.PostAsync(google, source.Key, wrongKey), HttpStatusCode.Unauthorized),
            ("no key", await GoogleAdsWebhook.PostAsync(google, source.Key, noKey), HttpStatusCode.Unauthorized),
            ("not JSON", await GoogleAdsWebhook.PostAsync(google, source.Key, "{\"lead_id\":", "application/json"), HttpStatusCode.BadRequest),
            ("not an object", await GoogleAdsWebhook.PostAsync(google, source.Key, "[]", "application/json"), HttpStatusCode.BadRequest),
            ("no user_column_data", await GoogleAdsWebhook.PostAsync(google, source.Key, noColumns), HttpStatusCode.BadRequest),
            ("no lead_id", await GoogleAdsWebhook.PostAsync(google, source.Key, noLeadId), HttpStatusCode.BadRequest),
            ("no email or phone", await GoogleAdsWebhook.PostAsync(google, source.Key, noContact), HttpStatusCode.UnprocessableEntity),
            ("form encoded", await GoogleAdsWebhook.PostAsync(google, source.Key, good.ToJsonString(), "application/x-www-form-urlencoded"), HttpStatusCode.UnsupportedMediaType),
        ];

        foreach (var (name, response, expected) in cases)
        {
            response.StatusCode.ShouldBe(expected, name);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json", name);
        }
        (await LeadsApi.SearchAsync(client, "")).ShouldBeEmpty();
    }
}
