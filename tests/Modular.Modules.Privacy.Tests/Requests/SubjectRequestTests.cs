using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Modular.Modules.Privacy.Tests.Infrastructure;

namespace Modular.Modules.Privacy.Tests.Requests;

/// <summary>The acceptance protocol for data-subject requests, checked from outside over HTTP.</summary>
public sealed class SubjectRequestTests(AuditHost shared) : IClassFixture<AuditHost>
{
    private const string Requests = "/api/v1/privacy/requests";

    [Fact]
    public async Task An_access_request_is_due_a_month_later_and_once_fulfilled_exports_the_subjects_lead_and_score_reasons_in_three_formats()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        var email = $"{Guid.NewGuid():N}@example.test";
        var leadId = await CreateLeadAsync(client, email, "+33612345678");
        var other = await CreateLeadAsync(client, $"{Guid.NewGuid():N}@example.test", "+33698765432");

        var created = await client.PostAsJsonAsync(Requests, new { type = "access", subject = new { email } });

        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var request = await created.Content.ReadFromJsonAsync<JsonElement>();
        var receivedAt = request.GetProperty("receivedAt").GetDateTimeOffset();
        request.GetProperty("dueAt").GetDateTimeOffset().ShouldBe(receivedAt.AddMonths(1));
        var id = request.GetProperty("id").GetGuid();
        await FulfilledAsync(client, id);

        var json = await client.GetFromJsonAsync<JsonElement>($"{Requests}/{id}/export?format=json");
        var sections = json.GetProperty("sections").EnumerateArray().ToList();
        var leads = sections.Single(s => s.GetProperty("module").GetString() == "leads" && s.GetProperty("category").GetString() == "leads");
        leads.GetProperty("records").EnumerateArray().ShouldContain(r => r.ToString().Contains(leadId.ToString()));
        json.ToString().ShouldNotContain(other.ToString(), customMessage: "another person's lead is not in the export");
        sections.ShouldContain(s => s.GetProperty("logic").ValueKind == JsonValueKind.String, "scoring explains its logic (art. 15(1)(h))");
        sections.ShouldAllBe(s => !string.IsNullOrEmpty(s.GetProperty("legalBasis").GetString()));

        using var zip = new ZipArchive(await client.GetStreamAsync($"{Requests}/{id}/export?format=csv"));
        zip.Entries.Select(e => e.Name).ShouldContain("about.csv");
        zip.Entries.Count.ShouldBe(sections.Count + 1);
        using (var leadsCsv = new StreamReader(zip.Entries.Single(e => e.Name == "leads-leads.csv").Open()))
            (await leadsCsv.ReadToEndAsync()).ShouldContain(email);

        using var xlsx = new MemoryStream(await client.GetByteArrayAsync($"{Requests}/{id}/export?format=xlsx"));
        using var workbook = SpreadsheetDocument.Open(xlsx, isEditable: false);
        workbook.WorkbookPart!.Workbook.Sheets!.ChildElements.Count.ShouldBe(sections.Count + 1);
        workbook.WorkbookPart.WorksheetParts.ShouldContain(part => part.Worksheet.InnerText.Contains(email));
    }

    [Fact]
    public async Task An_erasure_by_phone_leaves_no_lead_findable_by_that_phone_or_email_and_keeps_only_hashes()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        var email = $"{Guid.NewGuid():N}@example.test";
        var leadId = await CreateLeadAsync(client, email, "+33611223344");

        var created = await client.PostAsJsonAsync(Requests, new { type = "erasure", subject = new { phone = "06 11 22 33 44" } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var request = await FulfilledAsync(client, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());

        (await client.GetAsync($"/api/v1/leads/{leadId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var search in new[] { email, "611223344" })
            (await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads?search={search}")).ToString().ShouldNotContain(leadId.ToString());
        request.GetProperty("subject").GetProperty("phone").ValueKind.ShouldBe(JsonValueKind.Null);
        request.ToString().ShouldNotContain(email);
        var outcomes = request.GetProperty("report").GetProperty("outcomes").EnumerateArray().ToList();
        outcomes.ShouldContain(o => o.GetProperty("module").GetString() == "leads" && o.GetProperty("action").GetString() == "erased" && o.GetProperty("records").GetInt32() > 0);
        outcomes.ShouldContain(o => o.GetProperty("category").GetString() == "suppression list" && o.GetProperty("action").GetString() == "kept");
    }

    [Fact]
    public async Task Deadlines_extend_by_two_months_at_most_with_a_reason_and_the_timeline_shows_each_step()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        var created = await client.PostAsJsonAsync(Requests, new { type = "objection", subject = new { email = "someone@example.test" } });
        var request = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = request.GetProperty("id").GetGuid();
        request.GetProperty("status").GetString().ShouldBe("received", "an objection waits for the tenant's decision");

        var extended = await client.PostAsJsonAsync($"{Requests}/{id}/extend", new { months = 2, reason = "Many requests this month." });
        extended.StatusCode.ShouldBe(HttpStatusCode.OK, await extended.Content.ReadAsStringAsync());
        (await extended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dueAt").GetDateTimeOffset()
            .ShouldBe(request.GetProperty("receivedAt").GetDateTimeOffset().AddMonths(3), TimeSpan.FromMilliseconds(1), "stored times keep less precision than the clock");
        var again = await client.PostAsJsonAsync($"{Requests}/{id}/extend", new { months = 1, reason = "More." });
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        again.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var read = await client.GetFromJsonAsync<JsonElement>($"{Requests}/{id}");
        read.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("step").GetString()).ShouldBe(["request.received", "request.extended"]);
        read.GetProperty("extendedByMonths").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Bad_requests_are_refused_with_the_fields_named_and_nothing_is_stored()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);

        var refused = await client.PostAsJsonAsync(Requests, new { type = "forget-me", subject = new { } });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("errors").TryGetProperty("type", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("subject", out _).ShouldBeTrue();
        (await client.GetFromJsonAsync<JsonElement[]>(Requests))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_tenants_request_answers_404_everywhere()
    {
        var owner = (await shared.NewTenantAsync()).Client(shared.Host);
        var stranger = (await shared.NewTenantAsync()).Client(shared.Host);
        var created = await owner.PostAsJsonAsync(Requests, new { type = "access", subject = new { email = "nobody@example.test" } });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await FulfilledAsync(owner, id);

        (await stranger.GetAsync($"{Requests}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"{Requests}/{id}/export")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsJsonAsync($"{Requests}/{id}/extend", new { months = 1, reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetFromJsonAsync<JsonElement[]>(Requests))!.ShouldBeEmpty();
    }

    private static async Task<Guid> CreateLeadAsync(HttpClient client, string email, string phone)
    {
        var response = await client.PostAsJsonAsync("/api/v1/leads", new { email, phone, firstName = "Jeanne", lastName = "Martin" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static Task<JsonElement> FulfilledAsync(HttpClient client, Guid id) =>
        Eventually.ReadAsync(
            async () => await client.GetFromJsonAsync<JsonElement>($"{Requests}/{id}"),
            request => request.GetProperty("status").GetString() == "fulfilled",
            $"request {id} fulfilled");
}
