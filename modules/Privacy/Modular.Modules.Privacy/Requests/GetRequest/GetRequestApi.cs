using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Privacy.Data;
using Modular.Modules.Privacy.Shared;

namespace Modular.Modules.Privacy.Requests.GetRequest;

/// <summary>GET /api/v1/privacy/requests/{id}: a request, its report and its timeline, oldest step first.</summary>
internal static class GetRequestApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/privacy/requests/{id:guid}", Handle).WithSummary("Reads a data-subject request with its report and timeline.");

    private static async Task<Results<Ok<RequestView>, ProblemHttpResult>> Handle(Guid id, PrivacyDbContext privacy, CancellationToken cancellationToken)
    {
        if (await privacy.Set<SubjectRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } request)
            return PrivacyProblems.NotFound("Request", id);
        var steps = await privacy.Set<RequestStep>().AsNoTracking().Where(s => s.RequestId == id).OrderBy(s => s.At).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(RequestView.From(request, steps));
    }
}
