using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Privacy.Tests.Infrastructure;

namespace Modular.Modules.Privacy.Tests.Audit;

/// <summary>What the trail records of a client's work on leads, who it names, and what each tenant sees of it.</summary>
public sealed class TrailContentTests(AuditHost audit) : IClassFixture<AuditHost>
{
    [Fact]
    public async Task A_lead_read_with_an_api_key_names_the_key_as_actor_and_the_lead_by_id_only()
    {
        var client = (await audit.NewTenantAsync()).Client(audit.Host);
        var keyId = await AuditApi.ApiKeyIdAsync(client);
        var leadId = await AuditApi.CreateLeadAsync(client);

        await AuditApi.ReadLeadAsync(client, leadId);

        var latest = (await AuditApi.ListAsync(client)).First();
        latest.GetProperty("actor").GetString().ShouldBe($"apikey:{keyId}");
        latest.GetProperty("action").GetString().ShouldBe("lead.read");
        latest.GetProperty("subject").GetString().ShouldBe($"lead:{leadId}");
        latest.ToString().ShouldNotContain("@example.test", customMessage: "no personal data in the trail");
    }

    [Fact]
    public async Task Changes_record_the_names_of_the_fields_changed_and_listings_the_leads_shown()
    {
        var client = (await audit.NewTenantAsync()).Client(audit.Host);
        var leadId = await AuditApi.CreateLeadAsync(client);

        (await client.PatchAsJsonAsync($"/api/v1/leads/{leadId}", new { city = "Lyon", phone = "0612345678" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync($"/api/v1/leads/{leadId}/tags", new { tags = new[] { "vip" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/api/v1/leads?search=jeanne")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var entries = await AuditApi.ListAsync(client);
        entries.Select(e => e.GetProperty("action").GetString()).ShouldBe(["lead.listed", "lead.tags-changed", "lead.rectified", "lead.created"]);
        var rectified = Details(entries[2]);
        rectified["fields"].Split(',').ShouldBe(["city", "phone"], ignoreOrder: true);
        entries[2].ToString().ShouldNotContain("Lyon");
        var listed = Details(entries[0]);
        listed["leads"].ShouldBe(leadId.ToString());
        listed["filters"].ShouldBe("search");
        entries[0].ToString().ShouldNotContain("jeanne", Case.Insensitive);
    }

    [Fact]
    public async Task A_tenant_sees_and_verifies_only_its_own_chain()
    {
        var owner = await audit.NewTenantAsync();
        var stranger = await audit.NewTenantAsync();
        var ownerClient = owner.Client(audit.Host);
        var strangerClient = stranger.Client(audit.Host);
        var leadId = await AuditApi.RecordEntriesAsync(ownerClient, reads: 2);

        (await strangerClient.GetAsync($"/api/v1/leads/{leadId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await AuditApi.ListAsync(strangerClient)).ShouldBeEmpty("a 404 is not a read, and the owner's entries are not the stranger's");
        (await AuditApi.ListAsync(strangerClient, $"subject=lead:{leadId}")).ShouldBeEmpty();
        (await AuditApi.ExportAsync(strangerClient)).ShouldBeEmpty();
        await AuditApi.ShouldBeIntactAsync(strangerClient, 0);

        await AuditApi.RecordEntriesAsync(strangerClient, reads: 0);
        await audit.Database.AlterAsync(owner.Id, 2, "Action", "'lead.created'");
        await AuditApi.ShouldBeBrokenAtAsync(ownerClient, 2, "altered");
        await AuditApi.ShouldBeIntactAsync(strangerClient, 1);
        (await AuditApi.ListAsync(strangerClient)).Single().GetProperty("sequence").GetInt64().ShouldBe(1, "each tenant's chain starts at 1");
    }

    [Fact]
    public async Task The_list_pages_newest_first_by_cursor_and_filters()
    {
        var client = (await audit.NewTenantAsync()).Client(audit.Host);
        var leadId = await AuditApi.RecordEntriesAsync(client, reads: 4);
        var other = await AuditApi.CreateLeadAsync(client);

        var first = await client.GetFromJsonAsync<JsonElement>("/api/v1/privacy/audit?limit=4");
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/v1/privacy/audit?limit=4&cursor={first.GetProperty("next").GetString()}");

        Sequences(first).ShouldBe([6, 5, 4, 3]);
        Sequences(second).ShouldBe([2, 1]);
        second.GetProperty("next").ValueKind.ShouldBe(JsonValueKind.Null);
        (await AuditApi.ListAsync(client, $"subject=lead:{leadId}&action=lead.read")).Length.ShouldBe(4);
        (await AuditApi.ListAsync(client, $"subject=lead:{other}")).Single().GetProperty("action").GetString().ShouldBe("lead.created");
        (await AuditApi.ListAsync(client, "actor=system")).ShouldBeEmpty();
        (await AuditApi.ListAsync(client, $"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(1).ToString("O"))}")).ShouldBeEmpty();
        (await client.GetAsync("/api/v1/privacy/audit?cursor=abc")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_keys_holding_privacy_read_reach_the_trail()
    {
        var tenant = await TestTenant.CreateAsync(audit.Host, "Acme" + Guid.NewGuid().ToString("N")[..8], "leads:read");

        var response = await tenant.Client(audit.Host).GetAsync("/api/v1/privacy/audit/verify");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static Dictionary<string, string> Details(JsonElement entry) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(entry.GetProperty("details").GetString()!)!;

    private static long[] Sequences(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("sequence").GetInt64())];
}
