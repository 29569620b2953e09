using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Imports;
using Modular.Modules.Leads.Tests.Infrastructure;
using Modular.Modules.Privacy.Contracts;

namespace Modular.Modules.Leads.Tests.SubjectRights;

/// <summary>
/// A person's rights of access and erasure over what the Leads module holds about them: found by their address as they
/// give it, merged submissions included, shown with why it is held, then erased for good, and never another tenant's.
/// </summary>
public sealed class SubjectRightsTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private readonly SubjectRightsRequests rights = new(shared.Host, "leads");

    private const string Jeanne = """
        {"firstName":"Jeanne","lastName":"Dupont","email":"Jeanne.Dupont@Example.fr","phone":"06 12 34 56 78","country":"FR",
         "company":"Dupont SARL","budget_range":"5-10k","consent":{"text":"J'accepte d'être recontactée par Acme.","purposes":"contact"}}
        """;

    // The same person a week later, from another number: merged into the first lead as a duplicate by email.
    private const string JeanneAgain = """{"firstName":"Jeanne","email":"jeanne.dupont@example.fr","phone":"07 98 76 54 32"}""";

    [Fact]
    public async Task The_subject_is_found_by_email_or_phone_as_given_with_the_lead_merged_into_theirs_and_its_addresses()
    {
        var (tenant, client) = await TenantAsync();
        var source = await LeadsApi.CreateSourceAsync(client);
        var first = await PostAsync(source, Jeanne);
        var merged = await PostMergedAsync(client, source, first);
        await PostAsync(source, """{"firstName":"Paul","email":"paul@example.fr","phone":"06 00 00 00 01"}""");

        var byEmail = await rights.FindAsync(tenant.Id, "  JEANNE.dupont@example.FR ", null);
        var byNationalPhone = await rights.FindAsync(tenant.Id, null, "06.12.34.56.78");
        var bySecondPhone = await rights.FindAsync(tenant.Id, null, "+33 7 98 76 54 32");
        var nobody = await rights.FindAsync(tenant.Id, "nobody@example.fr", "+33 6 99 99 99 99");

        byEmail.LeadIds.ShouldBe(new[] { first, merged }.Order().ToList());
        byNationalPhone.LeadIds.ShouldBe(byEmail.LeadIds, "the survivor's number finds the lead merged into it");
        bySecondPhone.LeadIds.ShouldBe(byEmail.LeadIds, "the merged lead's own number finds the survivor it was merged into");
        byEmail.Addresses.ShouldBe(["jeanne.dupont@example.fr", "+33612345678", "+33798765432"], ignoreOrder: true);
        nobody.LeadIds.ShouldBeEmpty();
        nobody.Addresses.ShouldBe(["nobody@example.fr", "+33699999999"], ignoreOrder: true, "the named addresses are answered even without a lead, for modules that key on addresses");
    }

    [Fact]
    public async Task Access_shows_every_category_held_with_its_grounds_and_the_scoring_logic()
    {
        var (tenant, client) = await TenantAsync();
        var source = await LeadsApi.CreateSourceAsync(client);
        var first = await PostAsync(source, Jeanne);
        var merged = await PostMergedAsync(client, source, first);
        (await client.PostAsJsonAsync($"/api/v1/leads/{first}/tags", new { tags = new[] { "salon-2026" } })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/v1/leads/{first}/outcome", new { outcome = "won", amountMinor = 450000, currency = "EUR" })).EnsureSuccessStatusCode();
        await ScoredAsync(client, first);
        var subject = await rights.FindAsync(tenant.Id, "jeanne.dupont@example.fr", null);

        var sections = await rights.CollectAsync(tenant.Id, subject);

        var leads = sections.Section("leads");
        leads.Records.Select(r => r["leadId"]).ShouldBe([first.ToString(), merged.ToString()], ignoreOrder: true);
        var jeanne = leads.Records.Single(r => r["leadId"] == first.ToString());
        jeanne["firstName"].ShouldBe("Jeanne");
        jeanne["email"].ShouldBe("jeanne.dupont@example.fr");
        jeanne["phone"].ShouldBe("+33612345678");
        jeanne["company"].ShouldBe("Dupont SARL");
        jeanne["sourceId"].ShouldBe(source.Id.ToString());
        jeanne["attributes"]!.ShouldContain("5-10k", Case.Sensitive, "custom attributes are personal data too");
        leads.Records.Single(r => r["leadId"] == merged.ToString())["mergedIntoId"].ShouldBe(first.ToString());
        leads.Grounds.Retention.ShouldContain("3 years");
        leads.Logic.ShouldBeNull();

        var consent = sections.Section("consent records").Records.ShouldHaveSingleItem();
        consent["text"].ShouldBe("J'accepte d'être recontactée par Acme.");
        consent["purposes"].ShouldBe("contact");
        consent["givenAt"].ShouldNotBeNullOrEmpty();
        sections.Section("tags").Records.ShouldHaveSingleItem()["tag"].ShouldBe("salon-2026");
        sections.Section("outcome").Records.ShouldHaveSingleItem()["amountMinor"].ShouldBe("450000");
        sections.Section("merges").Records.ShouldHaveSingleItem()["matchedOn"].ShouldBe("email");
        sections.Section("timeline").Records.Select(r => r["type"]).ShouldContain("lead.received");

        var score = sections.Section("score");
        var scored = score.Records.Single(r => r["leadId"] == first.ToString());
        scored["score"].ShouldBe("35", "valid email and mobile phone (25, the contact cap) and a company (10)");
        scored["reasons"]!.ShouldContain("Valid email");
        score.Logic.ShouldNotBeNull();
        score.Logic.ShouldContain("Valid email: +10 when field:emailValid Equals true", Case.Sensitive, "the tenant's own rules are described");
        score.Logic.ShouldContain("win probability");
        sections.Section("score history").Records.ShouldNotBeEmpty();
        sections.ShouldAllBe(s => s.Grounds.Purpose.Length > 0 && s.Grounds.LegalBasis.Length > 0 && s.Grounds.Recipients.Length > 0 && s.Grounds.Source.Length > 0);
    }

    [Fact]
    public async Task Erasure_removes_the_leads_and_everything_keyed_on_them_and_running_it_again_erases_nothing()
    {
        var (tenant, client) = await TenantAsync();
        var source = await LeadsApi.CreateSourceAsync(client);
        var first = await PostAsync(source, Jeanne);
        var merged = await PostMergedAsync(client, source, first);
        var other = await PostAsync(source, """{"firstName":"Paul","email":"paul@example.fr"}""");
        (await client.PostAsJsonAsync($"/api/v1/leads/{first}/tags", new { tags = new[] { "salon-2026" } })).EnsureSuccessStatusCode();
        await ScoredAsync(client, first);
        var subject = await rights.FindAsync(tenant.Id, null, "+33612345678");

        var outcomes = await rights.EraseAsync(tenant.Id, subject);

        outcomes.Erased("leads").ShouldBe(2);
        outcomes.Erased("consent records").ShouldBe(1);
        outcomes.Erased("tags").ShouldBe(1);
        outcomes.Erased("merges").ShouldBe(1);
        outcomes.Erased("score").ShouldBeGreaterThanOrEqualTo(1);
        outcomes.Erased("timeline").ShouldBeGreaterThanOrEqualTo(2);
        (await client.GetAsync($"/api/v1/leads/{first}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/v1/leads/{merged}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/api/v1/leads/{first}/score")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await LeadsApi.SearchAsync(client, "search=jeanne")).ShouldBeEmpty();
        (await client.GetAsync($"/api/v1/leads/{other}")).StatusCode.ShouldBe(HttpStatusCode.OK, "another person's lead stays");
        (await rights.CollectAsync(tenant.Id, subject)).ShouldBeEmpty("nothing is left to show");
        (await rights.FindAsync(tenant.Id, null, "+33612345678")).LeadIds.ShouldBeEmpty();

        var again = await rights.EraseAsync(tenant.Id, subject);
        again.Where(o => o.Action == ErasureActions.Erased).ShouldAllBe(o => o.Records == 0, "the job may run twice: the second run finds nothing");
        again.Select(o => o.Category).ShouldContain("leads");
    }

    [Fact]
    public async Task Another_tenants_lead_of_the_same_person_is_neither_found_nor_shown_nor_erased()
    {
        var (tenant, client) = await TenantAsync();
        var (stranger, strangerClient) = await TenantAsync();
        var mine = await PostAsync(await LeadsApi.CreateSourceAsync(client), Jeanne);
        var theirs = await PostAsync(await LeadsApi.CreateSourceAsync(strangerClient), Jeanne);
        var subject = await rights.FindAsync(tenant.Id, "jeanne.dupont@example.fr", "0612345678");

        subject.LeadIds.ShouldBe([mine]);
        var leakedSubject = subject with { LeadIds = [mine, theirs] };
        (await rights.CollectAsync(tenant.Id, leakedSubject)).Section("leads").Records.ShouldHaveSingleItem()["leadId"].ShouldBe(mine.ToString(),
            "even handed another tenant's lead id, a module reads only the request's tenant");
        (await rights.EraseAsync(tenant.Id, leakedSubject)).Erased("leads").ShouldBe(1);

        (await strangerClient.GetAsync($"/api/v1/leads/{theirs}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await rights.FindAsync(stranger.Id, "jeanne.dupont@example.fr", null)).LeadIds.ShouldBe([theirs]);
    }

    [Fact]
    public async Task Import_error_lines_naming_the_subjects_address_are_shown_and_erased_and_the_others_left_for_the_tenant_to_review()
    {
        var (tenant, client) = await TenantAsync();
        var source = await LeadsApi.CreateSourceAsync(client, "csv");
        var tooLong = new string('9', 30);
        var file = ImportsApi.Utf8($"firstName,email,phone,postalCode\nJeanne,Jeanne.Dupont@example.fr,,{tooLong}\nPaul,paul@example.fr,,{tooLong}\n");
        var importId = (await ImportsApi.UploadAcceptedAsync(client, source.Id, file)).GetProperty("id").GetGuid();
        (await ImportsApi.FollowAsync(client, importId))[^1].GetProperty("failed").GetInt32().ShouldBe(2);
        var subject = await rights.FindAsync(tenant.Id, "jeanne.dupont@example.fr", null);

        var shown = (await rights.CollectAsync(tenant.Id, subject)).Section("import errors").Records.ShouldHaveSingleItem();
        var outcomes = await rights.EraseAsync(tenant.Id, subject);

        shown["line"]!.ShouldContain("Jeanne.Dupont@example.fr");
        shown["row"].ShouldBe("2");
        outcomes.Erased("import errors").ShouldBe(1);
        var manual = outcomes.Single(o => o.Category == "import errors" && o.Action == ErasureActions.Manual);
        manual.Records.ShouldBe(1, "Paul's line is left, and the tenant is told to review it");
        manual.Detail.ShouldNotBeNullOrWhiteSpace();
        (await ImportsApi.ErrorsAsync(client, importId)).ShouldHaveSingleItem().Line.ShouldContain("paul@example.fr");
    }

    private async Task<(TestTenant Tenant, HttpClient Client)> TenantAsync()
    {
        var tenant = await shared.NewTenantAsync();
        return (tenant, tenant.Client(shared.Host));
    }

    private async Task<Guid> PostAsync(LeadsApi.Source source, string json)
    {
        var posted = await LeadsApi.PostSignedAsync(shared.Host.CreateClient(), source, json);
        posted.IsSuccessStatusCode.ShouldBeTrue(await posted.Content.ReadAsStringAsync());
        return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid();
    }

    /// <summary>Posts <see cref="JeanneAgain"/>, which the intake merges into <paramref name="survivor"/>: its answer names the survivor, the survivor names the merged lead.</summary>
    private async Task<Guid> PostMergedAsync(HttpClient client, LeadsApi.Source source, Guid survivor)
    {
        (await PostAsync(source, JeanneAgain)).ShouldBe(survivor);
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{survivor}");
        return detail.GetProperty("mergedLeads").EnumerateArray().Single().GetGuid();
    }

    /// <summary>Scoring runs after intake, through the outbox: waits for it, so erasure does not race a rescoring in flight.</summary>
    private static Task<JsonElement> ScoredAsync(HttpClient client, Guid leadId) =>
        Eventually.ReadAsync(() => client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}/score"),
            score => score.GetProperty("score").GetInt32() > 0, "the lead's score");
}
