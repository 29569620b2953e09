using System.Net;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Api;

namespace Modular.Modules.Leads.Tests.Merging;

public sealed class SimilarLeadsTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task Near_matches_are_listed_with_their_reasons_and_exact_duplicates_strangers_and_other_tenants_are_not()
    {
        using var host = new ModularHost(folders);
        var owner = await TestTenant.CreateAsync(host, "Acme");
        var stranger = await TestTenant.CreateAsync(host, "Globex");
        var client = owner.Client(host);
        var lead = await LeadClient.CreateAsync(client, new { firstName = "Hélène", lastName = "Lefèvre", email = "helene.lefevre@example.fr", phone = "06 12 34 56 78", city = "Saint-Étienne" });
        var expected = new Dictionary<Guid, string[]>
        {
            [await LeadClient.CreateAsync(client, new { firstName = "HELENE", lastName = "lefevre", email = "h.l@other.example", city = "saint etienne" })] = ["same-name-and-city"],
            [await LeadClient.CreateAsync(client, new { phone = "06 12 34 56 79" })] = ["phone-one-digit-apart"],
            [await LeadClient.CreateAsync(client, new { phone = "06 12 34 65 78" })] = ["phone-one-digit-apart"],
            [await LeadClient.CreateAsync(client, new { email = "helene.lefevre@gmail.example" })] = ["email-same-name-other-domain"],
            [await LeadClient.CreateAsync(client, new { email = "helene.lefevr@example.fr" })] = ["email-one-character-apart"],
            [await LeadClient.CreateAsync(client, new { firstName = "Hélène", lastName = "Lefèvre", email = "helene.lefevre@example.fx", phone = "06 12 34 56 70", city = "Lyon" })] =
                ["phone-one-digit-apart", "email-same-name-other-domain", "email-one-character-apart"],
        };
        // Not near matches: another Hélène Lefèvre in another city, a phone two digits apart, a lead of another tenant.
        await LeadClient.CreateAsync(client, new { firstName = "Hélène", lastName = "Lefèvre", email = "hl@example.org", city = "Lyon" });
        await LeadClient.CreateAsync(client, new { phone = "06 12 34 56 00", email = "contact@example.fr" });
        await LeadClient.CreateAsync(stranger.Client(host), new { firstName = "Hélène", lastName = "Lefèvre", phone = "06 12 34 56 79", city = "Saint-Étienne" });

        var page = await LeadClient.ReadAsync(await client.GetAsync($"/api/v1/leads/{lead}/similar"), HttpStatusCode.OK);

        var found = page.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("lead").GetProperty("id").GetGuid(), i => LeadClient.Strings(i.GetProperty("reasons")));
        found.Keys.ShouldBe(expected.Keys, ignoreOrder: true);
        foreach (var (id, reasons) in expected)
            found[id].ShouldBe(reasons, ignoreOrder: true);
        page.GetProperty("items")[0].GetProperty("lead").GetProperty("city").GetString().ShouldBe("Lyon", "the match with the most reasons comes first");

        await TenantIsolation.ShouldAnswer404ToOtherTenantsAsync(host, owner, stranger, HttpMethod.Get, $"/api/v1/leads/{lead}/similar");
        var merge = await LeadClient.SendAsync(client, HttpMethod.Post, $"/api/v1/leads/{lead}/merge", $$"""{"duplicateId":"{{expected.Keys.First()}}"}""");
        merge.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await LeadClient.ReadAsync(await client.GetAsync($"/api/v1/leads/{lead}/similar"), HttpStatusCode.OK);
        after.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("lead").GetProperty("id").GetGuid()).ShouldNotContain(expected.Keys.First(), "a merged lead is no longer a candidate");
    }

    public void Dispose() => folders.Dispose();
}
