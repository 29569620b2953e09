using System.Text.Json;
using Modular.Modules.Privacy.Tests.Infrastructure;

namespace Modular.Modules.Privacy.Tests.Audit;

/// <summary>The export is evidence: a third party re-verifies it with nothing but the documented format.</summary>
public sealed class ExportTests(AuditHost audit) : IClassFixture<AuditHost>
{
    [Fact]
    public async Task The_export_re_verifies_on_its_own_and_ends_at_the_hash_verify_reports()
    {
        var client = (await audit.NewTenantAsync()).Client(audit.Host);
        await AuditApi.RecordEntriesAsync(client, reads: 4);

        var lines = await AuditApi.ExportAsync(client);

        lines.Length.ShouldBe(5);
        ExportedChain.FirstProblem(lines, ExportedChain.Genesis).ShouldBeNull();
        Field(lines[^1], "hash").ShouldBe((await AuditApi.VerifyAsync(client)).GetProperty("lastHash").GetString());
    }

    [Fact]
    public async Task A_time_range_exports_a_segment_that_links_to_the_entry_before_it()
    {
        var client = (await audit.NewTenantAsync()).Client(audit.Host);
        await AuditApi.RecordEntriesAsync(client, reads: 4);
        var all = await AuditApi.ExportAsync(client);

        var from = Uri.EscapeDataString(Field(all[2], "occurredAt"));
        var segment = await AuditApi.ExportAsync(client, $"from={from}");

        JsonDocument.Parse(segment[0]).RootElement.GetProperty("sequence").GetInt64().ShouldBeLessThanOrEqualTo(3);
        var start = JsonDocument.Parse(segment[0]).RootElement.GetProperty("sequence").GetInt64();
        segment.Length.ShouldBe(5 - (int)start + 1);
        ExportedChain.FirstProblem(segment, start == 1 ? ExportedChain.Genesis : Field(all[start - 2], "hash")).ShouldBeNull();
    }

    [Fact]
    public async Task A_tampered_export_fails_the_independent_check()
    {
        var client = (await audit.NewTenantAsync()).Client(audit.Host);
        await AuditApi.RecordEntriesAsync(client, reads: 2);
        var lines = await AuditApi.ExportAsync(client);

        lines[1] = lines[1].Replace("lead.read", "lead.listed");

        ExportedChain.FirstProblem(lines, ExportedChain.Genesis).ShouldBe("entry 2 does not hash to " + Field(lines[1], "hash"));
    }

    private static string Field(string line, string name) => JsonDocument.Parse(line).RootElement.GetProperty(name).GetString()!;
}
