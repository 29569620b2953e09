using Microsoft.Extensions.Configuration;

namespace Modular.Modules.Leads.Imports;

/// <summary>Import settings, under <c>Extensions:leads:Imports</c>.</summary>
internal sealed record ImportOptions(int BatchSize, long MaxFileBytes)
{
    /// <summary>Rows per transaction, and so how often progress moves: large enough to spare the disk a flush and a lookup per row, small enough to show movement and to let other writers in often.</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>Far above 100,000 rows of ordinary leads (about 15 MB).</summary>
    public const long DefaultMaxFileBytes = 200L * 1024 * 1024;

    public static ImportOptions From(IConfiguration module) => new(
        Math.Max(1, module.GetValue("Imports:BatchSize", DefaultBatchSize)),
        module.GetValue("Imports:MaxFileBytes", DefaultMaxFileBytes));
}
