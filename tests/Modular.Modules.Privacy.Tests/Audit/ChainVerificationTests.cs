using Modular.Modules.Privacy.Tests.Infrastructure;

namespace Modular.Modules.Privacy.Tests.Audit;

/// <summary>The chain verifies as recorded, and any change made to its rows in the database is found at the entry it touched.</summary>
public sealed class ChainVerificationTests(AuditHost audit) : IClassFixture<AuditHost>
{
    private const int Entries = 5;

    [Fact]
    public async Task A_recorded_chain_verifies_and_counts_its_entries()
    {
        var client = (await audit.NewTenantAsync()).Client(audit.Host);
        await AuditApi.ShouldBeIntactAsync(client, 0);

        await AuditApi.RecordEntriesAsync(client, reads: Entries - 1);

        await AuditApi.ShouldBeIntactAsync(client, Entries);
        var verification = await AuditApi.VerifyAsync(client);
        verification.GetProperty("lastHash").GetString()!.Length.ShouldBe(64);
        verification.TryGetProperty("firstBrokenEntry", out _).ShouldBeFalse();
    }

    public static TheoryData<string, string, string> Alterations() => new()
    {
        { "Actor", "'user:someone-else'", "altered" },
        { "Action", "'lead.created'", "altered" },
        { "Subject", "'lead:00000000-0000-0000-0000-000000000001'", "altered" },
        { "Details", "'{\"fields\":\"email\"}'", "altered" },
        // A second later; the time column holds a number on SQLite (a tenth of a millisecond is 2^11).
        { "OccurredAt", "\"OccurredAt\" + 20480000", "altered" },
        { "PreviousHash", "'0000000000000000000000000000000000000000000000000000000000000001'", "altered" },
        { "Hash", "'0000000000000000000000000000000000000000000000000000000000000001'", "altered" },
        { "Id", "'00000000-0000-0000-0000-0000000000AA'", "altered" },
        // Moved out of the chain: the tenant's chain now misses it.
        { "TenantId", "'00000000-0000-0000-0000-0000000000BB'", "missing" },
        { "Sequence", "\"Sequence\" + 1000", "missing" },
    };

    [Theory]
    [MemberData(nameof(Alterations))]
    public async Task Altering_any_column_of_an_entry_breaks_the_chain_at_that_entry(string column, string newValue, string reason)
    {
        var tenant = await audit.NewTenantAsync();
        var client = tenant.Client(audit.Host);
        await AuditApi.RecordEntriesAsync(client, reads: Entries - 1);
        await AuditApi.ShouldBeIntactAsync(client, Entries);
        var third = (await AuditApi.ListAsync(client)).Single(e => e.GetProperty("sequence").GetInt64() == 3);

        await audit.Database.AlterAsync(tenant.Id, 3, column, newValue);

        var broken = await AuditApi.ShouldBeBrokenAtAsync(client, 3, reason);
        if (reason == "missing")
            broken.GetProperty("id").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        else if (column == "Id")
            broken.GetProperty("id").GetGuid().ShouldBe(Guid.Parse("00000000-0000-0000-0000-0000000000AA"));
        else
            broken.GetProperty("id").GetGuid().ShouldBe(third.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_deleted_entry_is_named_missing()
    {
        var tenant = await audit.NewTenantAsync();
        var client = tenant.Client(audit.Host);
        await AuditApi.RecordEntriesAsync(client, reads: Entries - 1);

        (await audit.Database.ExecuteAsync(tenant.Id, "DELETE FROM {table} WHERE \"TenantId\" = @tenant AND \"Sequence\" = 2")).ShouldBe(1);

        var broken = await AuditApi.ShouldBeBrokenAtAsync(client, 2, "missing");
        broken.GetProperty("id").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await AuditApi.VerifyAsync(client)).GetProperty("entries").GetInt64().ShouldBe(1, "one entry is intact before the gap");
    }

    [Fact]
    public async Task Cutting_the_latest_entry_off_the_end_is_found_by_the_chain_head()
    {
        var tenant = await audit.NewTenantAsync();
        var client = tenant.Client(audit.Host);
        await AuditApi.RecordEntriesAsync(client, reads: Entries - 1);

        (await audit.Database.ExecuteAsync(tenant.Id, $"DELETE FROM {{table}} WHERE \"TenantId\" = @tenant AND \"Sequence\" = {Entries}")).ShouldBe(1);

        await AuditApi.ShouldBeBrokenAtAsync(client, Entries, "missing");
    }

    [Fact]
    public async Task Swapping_two_entries_places_is_found_at_the_first_of_them()
    {
        var tenant = await audit.NewTenantAsync();
        var client = tenant.Client(audit.Host);
        await AuditApi.RecordEntriesAsync(client, reads: Entries - 1);
        var third = (await AuditApi.ListAsync(client)).Single(e => e.GetProperty("sequence").GetInt64() == 3);

        // Through a free number, as the (tenant, sequence) index allows one row per place.
        await audit.Database.AlterAsync(tenant.Id, 2, "Sequence", "-1");
        await audit.Database.AlterAsync(tenant.Id, 3, "Sequence", "2");
        await audit.Database.AlterAsync(tenant.Id, -1, "Sequence", "3");

        var broken = await AuditApi.ShouldBeBrokenAtAsync(client, 2, "altered");
        broken.GetProperty("id").GetGuid().ShouldBe(third.GetProperty("id").GetGuid(), "the entry now in second place is the former third");
    }

    [Fact]
    public async Task Appending_goes_on_after_a_break_and_the_break_stays_found()
    {
        var tenant = await audit.NewTenantAsync();
        var client = tenant.Client(audit.Host);
        var leadId = await AuditApi.RecordEntriesAsync(client, reads: 1);
        await audit.Database.AlterAsync(tenant.Id, 1, "Actor", "'system'");

        await AuditApi.ReadLeadAsync(client, leadId);

        await AuditApi.ShouldBeBrokenAtAsync(client, 1, "altered");
        (await AuditApi.ListAsync(client)).Length.ShouldBe(3);
    }
}
