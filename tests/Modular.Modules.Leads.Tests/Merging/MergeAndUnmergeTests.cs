using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Api;
using Modular.Modules.Leads.Tests.Infrastructure;

namespace Modular.Modules.Leads.Tests.Merging;

public sealed class MergeAndUnmergeTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task A_manual_merge_fills_the_survivor_and_an_unmerge_gives_back_what_it_filled_except_what_changed_since()
    {
        using var host = new ModularHost(folders);
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var older = await LeadClient.CreateAsync(client, new { firstName = "Ada", email = "ada@example.com", city = "Lyon", attributes = new Dictionary<string, string> { ["budget"] = "10" } });
        var newer = await LeadClient.CreateAsync(client, new
        {
            lastName = "Lovelace", email = "ada@work.example", phone = "06 12 34 56 78", company = "Analytical", city = "Paris",
            attributes = new Dictionary<string, string> { ["budget"] = "99", ["size"] = "5", ["role"] = "cto" },
        });
        await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Post, $"/api/v1/leads/{newer}/outcome", """{"outcome":"lost"}"""), HttpStatusCode.OK);

        var merge = await LeadClient.ReadAsync(await Merge(client, older, newer), HttpStatusCode.OK);
        merge.GetProperty("survivorId").GetGuid().ShouldBe(older);
        merge.GetProperty("survivorIsOlder").GetBoolean().ShouldBeTrue();
        LeadClient.Strings(merge.GetProperty("filled")).ShouldBe(["lastName", "phone", "country", "company", "attributes.size", "attributes.role"], ignoreOrder: true);
        var survivor = await LeadClient.GetAsync(client, older);
        survivor.GetProperty("phone").GetString().ShouldBe("+33612345678");
        survivor.GetProperty("city").GetString().ShouldBe("Lyon", "the survivor keeps what it had");
        survivor.GetProperty("attributes").GetProperty("budget").GetString().ShouldBe("10");
        LeadClient.Strings(survivor.GetProperty("mergedLeads")).ShouldBe([newer.ToString()]);
        (await LeadsApi.SearchAsync(client, "")).ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(older);

        await LeadClient.ProblemAsync(await Merge(client, older, newer), HttpStatusCode.Conflict);
        await LeadClient.ProblemAsync(await Merge(client, newer, older), HttpStatusCode.Conflict);
        await LeadClient.ProblemAsync(await Merge(client, older, older), HttpStatusCode.BadRequest, "duplicateId");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Post, $"/api/v1/leads/{older}/unmerge"), HttpStatusCode.Conflict);

        // Rectified after the merge: the survivor's company is its own now, and stays when the merge is undone.
        await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Patch, $"/api/v1/leads/{older}", """{"company":"Babbage & Co","attributes":{"role":"ceo"}}"""), HttpStatusCode.OK);
        var unmerge = await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Post, $"/api/v1/leads/{newer}/unmerge"), HttpStatusCode.OK);

        unmerge.GetProperty("mergeId").GetGuid().ShouldBe(merge.GetProperty("mergeId").GetGuid());
        LeadClient.Strings(unmerge.GetProperty("cleared")).ShouldBe(["lastName", "phone", "country", "attributes.size"], ignoreOrder: true);
        LeadClient.Strings(unmerge.GetProperty("kept")).ShouldBe(["company", "attributes.role"], ignoreOrder: true);
        unmerge.GetProperty("restoredStatus").GetString().ShouldBe("Lost", "the hidden lead comes back as it was");
        survivor = await LeadClient.GetAsync(client, older);
        survivor.GetProperty("phone").ValueKind.ShouldBe(JsonValueKind.Null);
        survivor.GetProperty("lastName").ValueKind.ShouldBe(JsonValueKind.Null);
        survivor.GetProperty("company").GetString().ShouldBe("Babbage & Co");
        survivor.GetProperty("attributes").EnumerateObject().Select(a => a.Name).ShouldBe(["budget", "role"], ignoreOrder: true);
        survivor.GetProperty("mergedLeads").GetArrayLength().ShouldBe(0);
        LeadClient.Timeline(survivor, "lead.unmerged").ShouldHaveSingleItem().GetProperty("summary").GetString()!.ShouldContain("Kept company, attributes.role");
        var restored = await LeadClient.GetAsync(client, newer);
        restored.GetProperty("mergedIntoId").ValueKind.ShouldBe(JsonValueKind.Null);
        restored.GetProperty("status").GetString().ShouldBe("Lost");
        restored.GetProperty("phone").GetString().ShouldBe("+33612345678");
        LeadClient.Timeline(restored, "lead.merged-into").ShouldHaveSingleItem("its own timeline stays with it");
        (await LeadsApi.SearchAsync(client, "")).Length.ShouldBe(2);

        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Post, $"/api/v1/leads/{newer}/unmerge"), HttpStatusCode.Conflict);
        var events = await OutboxEvents.AboutAsync(host, older);
        events.Select(e => e.Type).Where(t => t is "LeadsMerged" or "LeadsUnmerged").ShouldBe(["LeadsMerged", "LeadsUnmerged"]);
        events.Single(e => e.Type == "LeadsUnmerged").Payload.GetProperty("restoredId").GetGuid().ShouldBe(newer);
        var again = await LeadClient.ReadAsync(await Merge(client, newer, older), HttpStatusCode.OK);
        again.GetProperty("survivorIsOlder").GetBoolean().ShouldBeFalse("the lead the client named survives, and the response says it is the newer");
    }

    [Fact]
    public async Task A_lead_merged_by_intake_is_unmerged_and_other_tenants_can_neither_merge_nor_unmerge()
    {
        using var host = new ModularHost(folders);
        var owner = await TestTenant.CreateAsync(host, "Acme");
        var client = owner.Client(host);
        var stranger = (await TestTenant.CreateAsync(host, "Globex")).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client);
        var first = await LeadsApi.PostSignedAsync(host.CreateClient(), source, """{"firstName":"Jeanne","phone":"06 12 34 56 78"}""");
        await LeadsApi.PostSignedAsync(host.CreateClient(), source, """{"lastName":"Dupont","phone":"+33 6 12 34 56 78","city":"Lyon","budget":"x"}""");
        var survivorId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid();
        var mergedId = (await LeadClient.GetAsync(client, survivorId)).GetProperty("mergedLeads").EnumerateArray().ShouldHaveSingleItem().GetGuid();
        var strangersLead = await LeadClient.CreateAsync(stranger, new { email = "mallory@example.com" });

        await LeadClient.ProblemAsync(await LeadClient.SendAsync(stranger, HttpMethod.Post, $"/api/v1/leads/{mergedId}/unmerge"), HttpStatusCode.NotFound);
        await LeadClient.ProblemAsync(await Merge(stranger, strangersLead, survivorId), HttpStatusCode.NotFound);
        await LeadClient.ProblemAsync(await Merge(client, survivorId, strangersLead), HttpStatusCode.NotFound);
        (await LeadClient.GetAsync(client, survivorId)).GetProperty("mergedLeads").GetArrayLength().ShouldBe(1, "no refused call changed anything");

        var unmerge = await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Post, $"/api/v1/leads/{mergedId}/unmerge"), HttpStatusCode.OK);
        LeadClient.Strings(unmerge.GetProperty("cleared")).ShouldBe(["lastName", "city", "attributes.budget"], ignoreOrder: true);
        unmerge.GetProperty("restoredStatus").GetString().ShouldBe("New");
        var survivor = await LeadClient.GetAsync(client, survivorId);
        survivor.GetProperty("lastName").ValueKind.ShouldBe(JsonValueKind.Null);
        survivor.GetProperty("phone").GetString().ShouldBe("+33612345678", "what the survivor had before the merge is untouched");
        (await LeadClient.GetAsync(client, mergedId)).GetProperty("status").GetString().ShouldBe("New");
    }

    private static Task<HttpResponseMessage> Merge(HttpClient client, Guid survivor, Guid duplicate) =>
        LeadClient.SendAsync(client, HttpMethod.Post, $"/api/v1/leads/{survivor}/merge", $$"""{"duplicateId":"{{duplicate}}"}""");

    public void Dispose() => folders.Dispose();
}
