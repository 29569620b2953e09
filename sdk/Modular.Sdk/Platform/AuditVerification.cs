namespace Modular.Sdk.Platform;

/// <summary>The outcome of checking a tenant's audit chain.</summary>
/// <param name="Valid">Whether every entry is intact, in place and linked to the one before it.</param>
/// <param name="Entries">How many entries were found intact before the first break (all of them when valid).</param>
/// <param name="LastHash">The hash of the chain's latest entry when valid (<see cref="AuditHash.Genesis"/> when empty): keep it to prove later that nothing was cut off the end.</param>
/// <param name="FirstBroken">The first entry that breaks the chain, when not valid.</param>
public sealed record AuditVerification(bool Valid, long Entries, string? LastHash, AuditBreak? FirstBroken)
{
    /// <summary>An intact chain of <paramref name="entries"/> entries ending with <paramref name="lastHash"/>.</summary>
    public static AuditVerification Intact(long entries, string lastHash) => new(true, entries, lastHash, null);

    /// <summary>A chain broken at <paramref name="firstBroken"/>, after <paramref name="intactEntries"/> intact entries.</summary>
    public static AuditVerification Broken(long intactEntries, AuditBreak firstBroken) => new(false, intactEntries, null, firstBroken);
}

/// <summary>Where and why a chain breaks.</summary>
/// <param name="Sequence">The sequence number of the first broken entry.</param>
/// <param name="Id">Its id, or null when the entry is missing altogether.</param>
/// <param name="Reason">One of the <see cref="AuditBreakReasons"/>.</param>
public sealed record AuditBreak(long Sequence, Guid? Id, string Reason);

/// <summary>Why an entry breaks the chain.</summary>
public static class AuditBreakReasons
{
    /// <summary>The entry's fields no longer hash to its stored hash: a field, or the hash, was changed.</summary>
    public const string Altered = "altered";

    /// <summary>The entry does not carry the previous entry's hash: an entry before it was replaced.</summary>
    public const string Unlinked = "unlinked";

    /// <summary>No entry holds this sequence number though the chain goes on past it, or its head says it exists: it was removed or moved.</summary>
    public const string Missing = "missing";
}
