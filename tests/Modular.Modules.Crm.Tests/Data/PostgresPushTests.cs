using Modular.Modules.Crm.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Modules.Crm.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPushTests(PostgresCluster postgres) : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [PostgresFact]
    public async Task On_postgres_a_push_retried_after_a_429_reaches_hubspot_once()
    {
        using var host = new ModularHost(folders, new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Modular"] = await postgres.CreateDatabaseAsync(),
            ["Extensions:crm:FirstRetrySeconds"] = "0.2",
        });
        await using var hubspot = await FakeHubSpotServer.StartAsync();
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        await CrmApi.CreateConnectorAsync(client, CrmApi.HubSpot(hubspot));
        var leadId = await CrmApi.CreateLeadAsync(client);
        hubspot.RateLimitNext(1, TimeSpan.FromSeconds(1));

        var push = await CrmApi.PushAsync(client, leadId);
        var done = await CrmApi.SyncWhenAsync(client, leadId, CrmApi.Is(push.GetProperty("id").GetGuid(), "succeeded"), "the push");

        done.GetProperty("attempts").GetInt32().ShouldBe(2);
        hubspot.Contacts.ShouldHaveSingleItem().Id.ShouldBe(done.GetProperty("remoteId").GetString());
    }

    public void Dispose() => folders.Dispose();
}
