using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Privacy.Shared;
using Modular.Sdk.Platform;

namespace Modular.Modules.Privacy.Audit.ListAudit;

/// <summary>
/// GET /api/v1/privacy/audit: the tenant's audit entries, newest first, a page at a time. The cursor is the last
/// entry's sequence number: entries appended while a client pages through come before it and shift nothing.
/// </summary>
internal static class ListAuditApi
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 500;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/privacy/audit", Handle)
            .WithSummary("Lists the audit trail, newest first; filter by subject (lead:<id>), actor (apikey:<id>, user:<id>), action and time (from, to); follow `next` for the next page.");

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> Handle(
        DateTimeOffset? from, DateTimeOffset? to, string? actor, string? action, string? subject, string? cursor, int? limit,
        IAuditTrail audit, CancellationToken cancellationToken)
    {
        var filter = new AuditFilter(from, to, actor, action, subject);
        if (filter.Problem() is { } problem)
            return PrivacyProblems.Invalid("from", problem);
        if (limit is < 1 or > MaxLimit)
            return PrivacyProblems.Invalid("limit", $"From 1 to {MaxLimit}.");
        long? before = null;
        if (cursor is not null)
        {
            if (!long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
                return PrivacyProblems.Invalid("cursor", "Pass the `next` of the previous page.");
            before = sequence;
        }

        var size = limit ?? DefaultLimit;
        var query = filter.ToQuery() with { BeforeSequence = before, NewestFirst = true, Limit = size + 1 };
        var entries = new List<AuditEntryView>();
        await foreach (var entry in audit.ReadAsync(query, cancellationToken))
            entries.Add(AuditEntryView.From(entry));

        var next = entries.Count > size ? entries[size - 1].Sequence.ToString(CultureInfo.InvariantCulture) : null;
        return TypedResults.Ok(new AuditPage([.. entries.Take(size)], next));
    }
}

internal sealed record AuditPage(IReadOnlyList<AuditEntryView> Items, string? Next);
