using System.Net;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Leads.Tests.Api;
using Modular.Modules.Leads.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Modules.Leads.Tests.Merging;

[Collection(PostgresCollection.Name)]
public sealed class PostgresMergingTests(PostgresCluster postgres) : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [PostgresFact]
    public async Task On_postgres_near_matches_merges_unmerges_rectifications_settings_and_activities_behave_as_on_sqlite()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Modular"] = await postgres.CreateDatabaseAsync(),
        });
        var tenant = await TestTenant.CreateAsync(host, "Acme");
        var client = tenant.Client(host);
        var lead = await LeadClient.CreateAsync(client, new { firstName = "Hélène", lastName = "Lefèvre", email = "helene@example.fr", phone = "06 12 34 56 78", city = "Saint-Étienne" });
        var namesake = await LeadClient.CreateAsync(client, new { firstName = "helene", lastName = "LEFEVRE", email = "hl@other.example", city = "SAINT ETIENNE" });
        var typo = await LeadClient.CreateAsync(client, new { phone = "06 12 34 56 87" });

        var similar = await LeadClient.ReadAsync(await client.GetAsync($"/api/v1/leads/{lead}/similar"), HttpStatusCode.OK);
        similar.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("lead").GetProperty("id").GetGuid()).ShouldBe([namesake, typo], ignoreOrder: true);

        await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Post, $"/api/v1/leads/{lead}/merge", $$"""{"duplicateId":"{{typo}}"}"""), HttpStatusCode.OK);
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Post, $"/api/v1/leads/{namesake}/merge", $$"""{"duplicateId":"{{typo}}"}"""), HttpStatusCode.Conflict);
        var unmerges = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => LeadClient.SendAsync(client, HttpMethod.Post, $"/api/v1/leads/{typo}/unmerge")));
        unmerges.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1, "of unmerges racing, one undoes the merge");
        unmerges.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(3);

        var patched = await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Patch, $"/api/v1/leads/{lead}", """{"city":"Lyon","attributes":{"a":"1"}}"""), HttpStatusCode.OK);
        patched.GetProperty("city").GetString().ShouldBe("Lyon");
        await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Put, "/api/v1/leads/settings", """{"dedupWindowDays":12}"""), HttpStatusCode.OK);
        (await LeadClient.ReadAsync(await client.GetAsync("/api/v1/leads/settings"), HttpStatusCode.OK)).GetProperty("dedupWindowDays").GetInt32().ShouldBe(12);

        var activity = new LeadActivity(lead, "crm", "report.pushed", "Report pushed to the CRM.") { TenantId = tenant.Id, OccurredAt = DateTimeOffset.UtcNow };
        var mediator = host.Services.GetRequiredService<IMediator>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => mediator.Publish(activity)));
        LeadClient.Timeline(await LeadClient.GetAsync(client, lead), "report.pushed").ShouldHaveSingleItem("deliveries racing each other record the activity once");
    }

    public void Dispose() => folders.Dispose();
}
