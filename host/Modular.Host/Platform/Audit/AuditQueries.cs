using Modular.Sdk.Platform;

namespace Modular.Host.Platform.Audit;

/// <summary>An <see cref="AuditQuery"/> as SQL: its filters, then sequence order and the limit.</summary>
internal static class AuditQueries
{
    public static IQueryable<AuditRecord> Apply(IQueryable<AuditRecord> entries, AuditQuery query)
    {
        if (query.From is { } from)
            entries = entries.Where(e => e.OccurredAt >= from);
        if (query.To is { } to)
            entries = entries.Where(e => e.OccurredAt < to);
        if (query.Actor is { } actor)
            entries = entries.Where(e => e.Actor == actor);
        if (query.Action is { } action)
            entries = entries.Where(e => e.Action == action);
        if (query.Subject is { } subject)
            entries = entries.Where(e => e.Subject == subject);
        if (query.AfterSequence is { } after)
            entries = entries.Where(e => e.Sequence > after);
        if (query.BeforeSequence is { } before)
            entries = entries.Where(e => e.Sequence < before);
        entries = query.NewestFirst ? entries.OrderByDescending(e => e.Sequence) : entries.OrderBy(e => e.Sequence);
        return query.Limit is { } limit ? entries.Take(limit) : entries;
    }
}
