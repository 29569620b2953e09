using System.Net;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Infrastructure;

namespace Modular.Modules.Leads.Tests.Api;

public sealed class UpdateLeadTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task A_patch_changes_only_the_fields_sent_normalised_and_the_timeline_records_who_changed_what()
    {
        using var host = new ModularHost(folders);
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var id = await LeadClient.CreateAsync(client, new
        {
            firstName = "Jeanne", lastName = "Dupont", email = "jeanne@example.fr", phone = "06 12 34 56 78", city = "Lyon", company = "Old Co",
            attributes = new Dictionary<string, string> { ["budget"] = "5000", ["utm"] = "spring" },
        });

        var patched = await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Patch, $"/api/v1/leads/{id}",
            """{"firstName":"  marie-CLAIRE ","phone":"0470 12 34 56","country":"belgique","company":null,"attributes":{"budget":"9000","utm":null,"size":"50"}}"""),
            HttpStatusCode.OK);

        patched.GetProperty("firstName").GetString().ShouldBe("Marie-Claire");
        patched.GetProperty("lastName").GetString().ShouldBe("Dupont", "a field left out stays as it was");
        patched.GetProperty("email").GetString().ShouldBe("jeanne@example.fr");
        patched.GetProperty("country").GetString().ShouldBe("BE");
        patched.GetProperty("phone").GetString().ShouldBe("+32470123456", "the number is read in the country sent with it");
        patched.GetProperty("phoneType").GetString().ShouldBe("mobile");
        patched.GetProperty("company").ValueKind.ShouldBe(JsonValueKind.Null, "null clears");
        patched.GetProperty("city").GetString().ShouldBe("Lyon");
        var attributes = patched.GetProperty("attributes");
        attributes.GetProperty("budget").GetString().ShouldBe("9000");
        attributes.GetProperty("size").GetString().ShouldBe("50");
        attributes.TryGetProperty("utm", out _).ShouldBeFalse("an attribute set to null is removed");

        var found = (await LeadsApi.SearchAsync(client, "search=marie-claire")).ShouldHaveSingleItem();
        found.GetProperty("id").GetGuid().ShouldBe(id);
        var rectified = LeadClient.Timeline(await LeadClient.GetAsync(client, id), "lead.rectified").ShouldHaveSingleItem();
        rectified.GetProperty("actor").GetString()!.ShouldStartWith("apikey:");
        var data = rectified.GetProperty("data");
        data.GetProperty("firstName").GetProperty("from").GetString().ShouldBe("Jeanne");
        data.GetProperty("firstName").GetProperty("to").GetString().ShouldBe("Marie-Claire");
        data.GetProperty("phone").GetProperty("from").GetString().ShouldBe("+33612345678");
        data.GetProperty("company").GetProperty("to").ValueKind.ShouldBe(JsonValueKind.Null);
        data.GetProperty("attributes.utm").GetProperty("from").GetString().ShouldBe("spring");
        data.TryGetProperty("lastName", out _).ShouldBeFalse("only what changed is recorded");
        data.TryGetProperty("city", out _).ShouldBeFalse();

        // The same values again change nothing, so they record nothing; RFC 7396's own media type is understood too.
        (await LeadClient.SendAsync(client, HttpMethod.Patch, $"/api/v1/leads/{id}", """{"firstName":"Marie-Claire","city":"Lyon"}""", "application/merge-patch+json"))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        LeadClient.Timeline(await LeadClient.GetAsync(client, id), "lead.rectified").Count().ShouldBe(1);
        var updated = (await OutboxEvents.AboutAsync(host, id)).Where(e => e.Type == "LeadUpdated").ShouldHaveSingleItem();
        LeadClient.Strings(updated.Payload.GetProperty("changedFields"))
            .ShouldBe(["firstName", "phone", "country", "company", "attributes.budget", "attributes.utm", "attributes.size"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_wrong_patch_answers_a_problem_naming_the_fields_and_changes_nothing_and_other_tenants_and_merged_leads_are_refused()
    {
        using var host = new ModularHost(folders);
        var owner = await TestTenant.CreateAsync(host, "Acme");
        var stranger = await TestTenant.CreateAsync(host, "Globex");
        var client = owner.Client(host);
        var id = await LeadClient.CreateAsync(client, new { firstName = "Ada", email = "ada@example.com" });
        var before = (await LeadClient.GetAsync(client, id)).GetProperty("updatedAt").GetString();
        var path = $"/api/v1/leads/{id}";

        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Patch, path, """{"firstName":"Grace","email":"not an email","phone":"12"}"""),
            HttpStatusCode.BadRequest, "email", "phone");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Patch, path, """{"email":null}"""), HttpStatusCode.BadRequest, "email");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Patch, path, """{"country":"Atlantis"}"""), HttpStatusCode.BadRequest, "country");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Patch, path, $$"""{"city":"{{new string('x', 101)}}"}"""), HttpStatusCode.BadRequest, "city");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Patch, path, """{"nickname":"Ada"}"""), HttpStatusCode.BadRequest);
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(stranger.Client(host), HttpMethod.Patch, path, """{"firstName":"Mallory"}"""), HttpStatusCode.NotFound);

        var after = await LeadClient.GetAsync(client, id);
        after.GetProperty("firstName").GetString().ShouldBe("Ada");
        after.GetProperty("email").GetString().ShouldBe("ada@example.com");
        after.GetProperty("updatedAt").GetString().ShouldBe(before);
        LeadClient.Timeline(after, "lead.rectified").ShouldBeEmpty();
        (await OutboxEvents.AboutAsync(host, id)).Select(e => e.Type).ShouldNotContain("LeadUpdated", "a refused patch raises no event");

        var duplicate = await LeadClient.CreateAsync(client, new { email = "ada@elsewhere.com" });
        (await LeadClient.SendAsync(client, HttpMethod.Post, $"/api/v1/leads/{id}/merge", $$"""{"duplicateId":"{{duplicate}}"}""")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Patch, $"/api/v1/leads/{duplicate}", """{"firstName":"Ada"}"""), HttpStatusCode.Conflict);
        conflict.GetProperty("detail").GetString()!.ShouldContain(id.ToString());
    }

    public void Dispose() => folders.Dispose();
}
