using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Infrastructure;

namespace Modular.Modules.Leads.Tests.Intake;

/// <summary>
/// Submissions that arrive together are stored together (one transaction per tenant for whatever is queued), and the
/// source behind an intake URL is kept in memory: neither may change what each caller is told or what is stored.
/// </summary>
public sealed class BusySourceTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task Submissions_of_two_tenants_posted_at_once_each_get_their_own_answer_and_only_the_same_person_is_merged()
    {
        var host = shared.Host;
        var tenants = new[] { await shared.NewTenantAsync(), await shared.NewTenantAsync() };
        var sources = await Task.WhenAll(tenants.Select(t => LeadsApi.CreateSourceAsync(t.Client(host))));

        // Per tenant: 20 different people, the same person 6 times, and one submission with no way to reach anyone.
        var bodies = Enumerable.Range(0, 20).Select(i => $$"""{"firstName":"Person {{i}}","email":"person{{i}}@example.fr"}""")
            .Concat(Enumerable.Range(0, 6).Select(i => $$"""{"firstName":"Jeanne","phone":"06 12 34 56 78","visit_{{i}}":"yes"}"""))
            .Append("""{"firstName":"Nobody"}""")
            .ToList();
        var posts = sources.SelectMany(source => bodies.Select(body => (source, body))).ToList();
        var answers = await Task.WhenAll(posts.Select(p => LeadsApi.PostSignedAsync(host.CreateClient(), p.source, p.body)));

        foreach (var (tenant, source) in tenants.Zip(sources))
        {
            var mine = posts.Zip(answers).Where(p => p.First.source == source).Select(p => p.Second).ToList();
            mine.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(21, "each of the 20 people and Jeanne once");
            mine.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(5, "Jeanne's other submissions were merged into her lead");
            mine.Count(a => a.StatusCode == HttpStatusCode.UnprocessableEntity).ShouldBe(1);

            var client = tenant.Client(host);
            (await LeadsApi.SearchAsync(client, "limit=100")).Length.ShouldBe(21);
            var jeanne = (await LeadsApi.SearchAsync(client, "search=%2B33612345678")).ShouldHaveSingleItem();
            var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{jeanne.GetProperty("id").GetGuid()}");
            detail.GetProperty("mergedLeads").GetArrayLength().ShouldBe(5);
            var receipts = await Task.WhenAll(mine.Where(a => a.StatusCode == HttpStatusCode.OK).Select(a => a.Content.ReadFromJsonAsync<JsonElement>()));
            receipts.ShouldAllBe(r => r.GetProperty("leadId").GetGuid() == jeanne.GetProperty("id").GetGuid());
        }
    }

    [Fact]
    public async Task A_rotated_secret_is_refused_at_once_even_right_after_the_source_was_used()
    {
        var host = shared.Host;
        var client = (await shared.NewTenantAsync()).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client);
        (await LeadsApi.PostSignedAsync(host.CreateClient(), source, """{"email":"first@example.fr"}""")).StatusCode.ShouldBe(HttpStatusCode.Created);

        var rotated = await client.PostAsync($"/api/v1/sources/{source.Id}/secret", null);
        rotated.StatusCode.ShouldBe(HttpStatusCode.OK, await rotated.Content.ReadAsStringAsync());
        var newSecret = (await rotated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        newSecret.ShouldNotBe(source.Secret);

        (await LeadsApi.PostSignedAsync(host.CreateClient(), source, """{"email":"old@example.fr"}""")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await LeadsApi.PostSignedAsync(host.CreateClient(), source, """{"email":"new@example.fr"}""", secret: newSecret)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await LeadsApi.SearchAsync(client, "search=old%40example.fr")).ShouldBeEmpty();
    }
}
