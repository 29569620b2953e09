using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Modular.Modules.Leads.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Modules.Leads.Tests.Intake;

[Collection(PostgresCollection.Name)]
public sealed class PostgresIntakeTests(PostgresCluster postgres) : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [PostgresFact]
    public async Task On_postgres_the_same_person_posted_many_times_at_once_becomes_one_lead_with_every_submission_merged_into_it()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Modular"] = await postgres.CreateDatabaseAsync(),
        });
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var source = await LeadsApi.CreateSourceAsync(client);
        var phones = new[] { "06 12 34 56 78", "+33612345678", "0033 6 12 34 56 78", "06.12.34.56.78" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            LeadsApi.PostSignedAsync(host.CreateClient(), source, $$"""{"firstName":"Jeanne","phone":"{{phones[i % phones.Length]}}","attributes_{{i}}":"x"}""")));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1, "exactly one submission creates the lead");
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(11);
        var lead = (await LeadsApi.SearchAsync(client, "search=%2B33612345678")).ShouldHaveSingleItem();
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{lead.GetProperty("id").GetGuid()}");
        detail.GetProperty("mergedLeads").GetArrayLength().ShouldBe(11);
        detail.GetProperty("attributes").EnumerateObject().Count().ShouldBe(12, "each submission's extra field was kept on the survivor");
    }

    public void Dispose() => folders.Dispose();
}
