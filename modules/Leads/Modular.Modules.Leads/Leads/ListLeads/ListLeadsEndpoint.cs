using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Leads.Data;
using Modular.Modules.Leads.Normalisation;
using Modular.Modules.Leads.Shared;
using Modular.Sdk.Platform;

namespace Modular.Modules.Leads.Leads.ListLeads;

/// <summary>
/// GET /api/v1/leads: the tenant's leads, newest first, filtered, a page at a time. Pages are cut by a cursor (the
/// last lead's creation time and id), so a lead arriving while a client pages through is neither skipped nor repeated.
/// Merged leads are hidden behind the lead they were merged into.
/// </summary>
internal static class ListLeadsEndpoint
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/leads", Handle).WithSummary("Lists leads, newest first; filter by status, source, creation time, score, tag and free text; follow `next` for the next page.");

    private static async Task<Results<Ok<LeadPage>, ProblemHttpResult>> Handle(
        [AsParameters] LeadQuery query, LeadsDbContext leads, ICurrentTenant tenant, ITenantDirectory tenants, IAuditTrail audit, CancellationToken cancellationToken)
    {
        if (query.Problem() is { } problem)
            return LeadProblems.BadRequest(problem);
        // Only a search reads phones, in the tenant's country; a plain listing needs no profile.
        var country = query.Search is { Length: > 0 } ? (await tenants.FindAsync(tenant.RequiredTenantId, cancellationToken))?.DefaultCountry ?? "FR" : "FR";

        var limit = query.Limit ?? DefaultLimit;
        var page = await Filter(leads, query, country)
            .OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id)
            .Take(limit + 1)
            .ToListAsync(cancellationToken);

        var shown = page.Take(limit).ToList();
        var tags = await LeadTags.ForAsync(leads, [.. shown.Select(l => l.Id)], cancellationToken);
        var next = page.Count > limit ? LeadCursor.After(shown[^1]) : null;
        await audit.RecordAsync(AuditActions.Listed, "leads", ListingDetails(query, shown), CancellationToken.None);
        return TypedResults.Ok(new LeadPage([.. shown.Select(l => LeadView.From(l, [.. tags[l.Id]]))], next));
    }

    private static IQueryable<Lead> Filter(LeadsDbContext database, LeadQuery query, string country)
    {
        var leads = database.Set<Lead>().AsNoTracking();
        leads = query.ParsedStatus is { } status ? leads.Where(l => l.Status == status) : leads.Where(l => l.MergedIntoId == null);
        if (query.Source is { } source)
            leads = leads.Where(l => l.SourceId == source);
        if (query.CreatedFrom is { } from)
            leads = leads.Where(l => l.CreatedAt >= from);
        if (query.CreatedTo is { } to)
            leads = leads.Where(l => l.CreatedAt < to);
        if (query.ScoreMin is { } min)
            leads = leads.Where(l => l.Score >= min);
        if (query.ScoreMax is { } max)
            leads = leads.Where(l => l.Score <= max);
        if (query.Tag is { Length: > 0 } tag)
        {
            var normalised = LeadTags.Normalise(tag);
            leads = leads.Where(l => database.Set<LeadTag>().Any(t => t.LeadId == l.Id && t.Tag == normalised));
        }
        if (query.Search is { Length: > 0 } search)
        {
            var pattern = "%" + Escape(search.Trim().ToLowerInvariant()) + "%";
            // A phone typed any way ("06 12 34 56 78") is found by its E.164 form, national numbers read in the tenant's country.
            var phone = PhoneNormaliser.Normalise(search, country).E164 is { } e164 ? "%" + Escape(e164) + "%" : pattern;
            leads = leads.Where(l => EF.Functions.Like(l.SearchText, pattern, "\\") || EF.Functions.Like(l.SearchText, phone, "\\"));
        }
        if (query.Cursor is { } cursor && LeadCursor.TryRead(cursor, out var createdAt, out var id))
            leads = leads.Where(l => l.CreatedAt < createdAt || (l.CreatedAt == createdAt && l.Id.CompareTo(id) < 0));
        return leads;
    }

    // Which leads were shown, so "who saw this person" finds listings too; the filters by name only, a search's text being personal data.
    private static Dictionary<string, string> ListingDetails(LeadQuery query, List<Lead> shown) => new()
    {
        ["leads"] = string.Join(',', shown.Select(l => l.Id)),
        ["filters"] = string.Join(',', query.FilterNames()),
    };

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}

internal sealed record LeadPage(IReadOnlyList<LeadView> Items, string? Next);
