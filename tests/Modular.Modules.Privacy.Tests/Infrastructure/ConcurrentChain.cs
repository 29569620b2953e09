namespace Modular.Modules.Privacy.Tests.Infrastructure;

/// <summary>The check after concurrent appends: the chain verifies and holds each sequence number from 1 once.</summary>
internal static class ConcurrentChain
{
    public static async Task ShouldHoldAsync(HttpClient client, int entries)
    {
        await AuditApi.ShouldBeIntactAsync(client, entries);
        var listed = await AuditApi.ListAsync(client, "limit=500");
        listed.Select(e => e.GetProperty("sequence").GetInt64()).ShouldBe(Enumerable.Range(1, entries).Select(n => (long)n).Reverse());
        ExportedChain.FirstProblem(await AuditApi.ExportAsync(client), ExportedChain.Genesis).ShouldBeNull();
    }
}
