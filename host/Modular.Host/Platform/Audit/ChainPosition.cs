namespace Modular.Host.Platform.Audit;

/// <summary>A chain's head as the locking upsert returns it: the latest sequence number and hash (0 and the genesis hash for a new chain).</summary>
internal sealed class ChainPosition
{
    public long Sequence { get; init; }
    public required string Hash { get; init; }
}
