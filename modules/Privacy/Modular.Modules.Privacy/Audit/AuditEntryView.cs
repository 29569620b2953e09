using Modular.Sdk.Platform;

namespace Modular.Modules.Privacy.Audit;

/// <summary>
/// An audit entry as listed and exported: every field the hash covers, as it was hashed (the time as its canonical
/// text, the details as their stored JSON text), so whoever holds it can recompute the hash (see the SDK's AuditHash).
/// </summary>
internal sealed record AuditEntryView(
    Guid Id, Guid TenantId, long Sequence, string OccurredAt, string Actor, string Action, string Subject, string? Details,
    string PreviousHash, string Hash)
{
    public static AuditEntryView From(AuditEntry entry) => new(
        entry.Id, entry.TenantId, entry.Sequence, AuditHash.FormatTime(entry.OccurredAt), entry.Actor, entry.Action, entry.Subject,
        entry.Details, entry.PreviousHash, entry.Hash);
}
