using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Privacy.Data;

namespace Modular.Modules.Privacy.Requests.ListRequests;

/// <summary>GET /api/v1/privacy/requests: the tenant's requests, newest first, filtered by status, type or those overdue.</summary>
internal static class ListRequestsApi
{
    private const int MaxPage = 200;

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/privacy/requests", Handle)
            .WithSummary("Lists data-subject requests, newest first. Filters: status, type, overdue=true (open and past due). "
                + "Pages: limit (1–200, default 50) and before (the receivedAt of the last request of the previous page).");

    private static async Task<Results<Ok<List<RequestView>>, ValidationProblem>> Handle(
        PrivacyDbContext privacy, TimeProvider time, CancellationToken cancellationToken,
        string? status = null, string? type = null, bool overdue = false, int limit = 50, DateTimeOffset? before = null)
    {
        if (limit is < 1 or > MaxPage)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = [$"Between 1 and {MaxPage}."] });
        var query = privacy.Set<SubjectRequest>().AsNoTracking();
        if (status is not null)
            query = query.Where(r => r.Status == status);
        if (type is not null)
            query = query.Where(r => r.Type == type);
        if (overdue)
        {
            var now = time.GetUtcNow();
            query = query.Where(r => (r.Status == RequestStatuses.Received || r.Status == RequestStatuses.InProgress) && r.DueAt < now);
        }
        if (before is { } cursor)
            query = query.Where(r => r.ReceivedAt < cursor);
        var page = await query.OrderByDescending(r => r.ReceivedAt).Take(limit).ToListAsync(cancellationToken);
        return TypedResults.Ok(page.Select(r => RequestView.From(r)).ToList());
    }
}
