using Modular.Modules.Privacy.Tests.Infrastructure;
using Modular.Testing.Postgres;

namespace Modular.Modules.Privacy.Tests.Audit;

/// <summary>On PostgreSQL, with one instance or two sharing the database: appends never fork a chain, and tampering is found.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresAuditTests(PostgresCluster postgres)
{
    private const int Reads = 40;

    [PostgresFact]
    public async Task Parallel_reads_on_one_instance_append_to_one_unbroken_chain()
    {
        using var audit = AuditHost.OnPostgres(await postgres.CreateDatabaseAsync());
        var client = (await audit.NewTenantAsync()).Client(audit.Host);
        var leadId = await AuditApi.CreateLeadAsync(client);

        await Task.WhenAll(Enumerable.Range(0, Reads).Select(_ => AuditApi.ReadLeadAsync(client, leadId)));

        await ConcurrentChain.ShouldHoldAsync(client, Reads + 1);
    }

    [PostgresFact]
    public async Task Parallel_reads_through_two_instances_append_to_one_unbroken_chain()
    {
        var database = await postgres.CreateDatabaseAsync();
        using var first = AuditHost.OnPostgres(database);
        // The first instance migrates and makes the keys before the second starts.
        var tenant = await first.NewTenantAsync();
        using var second = AuditHost.OnPostgres(database);
        HttpClient[] instances = [tenant.Client(first.Host), tenant.Client(second.Host)];
        var leadId = await AuditApi.CreateLeadAsync(instances[0]);

        await Task.WhenAll(Enumerable.Range(0, Reads).Select(n => AuditApi.ReadLeadAsync(instances[n % 2], leadId)));

        await ConcurrentChain.ShouldHoldAsync(instances[1], Reads + 1);
    }

    [PostgresFact]
    public async Task An_entry_altered_in_the_database_is_named()
    {
        using var audit = AuditHost.OnPostgres(await postgres.CreateDatabaseAsync());
        var tenant = await audit.NewTenantAsync();
        var client = tenant.Client(audit.Host);
        await AuditApi.RecordEntriesAsync(client, reads: 3);
        await AuditApi.ShouldBeIntactAsync(client, 4);

        await audit.Database.AlterAsync(tenant.Id, 2, "Subject", "'lead:someone'");

        await AuditApi.ShouldBeBrokenAtAsync(client, 2, "altered");
    }
}
