using Modular.Modules.Privacy.Tests.Infrastructure;

namespace Modular.Modules.Privacy.Tests.Audit;

/// <summary>Many requests of one tenant at once, on SQLite: their entries queue into one unbroken chain.</summary>
public sealed class ConcurrentAppendTests(AuditHost audit) : IClassFixture<AuditHost>
{
    private const int Reads = 40;

    [Fact]
    public async Task Parallel_reads_append_one_entry_each_to_one_chain()
    {
        var client = (await audit.NewTenantAsync()).Client(audit.Host);
        var leadId = await AuditApi.CreateLeadAsync(client);

        await Task.WhenAll(Enumerable.Range(0, Reads).Select(_ => AuditApi.ReadLeadAsync(client, leadId)));

        await ConcurrentChain.ShouldHoldAsync(client, Reads + 1);
    }
}
