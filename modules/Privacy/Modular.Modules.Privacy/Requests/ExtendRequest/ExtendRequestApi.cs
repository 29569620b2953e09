using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Privacy.Data;
using Modular.Modules.Privacy.Shared;
using Modular.Sdk.Data;

namespace Modular.Modules.Privacy.Requests.ExtendRequest;

/// <summary>
/// POST /api/v1/privacy/requests/{id}/extend: pushes the deadline back by one or two months, with the reason the
/// subject must be told (art. 12(3)); never more than two months in all.
/// </summary>
internal static class ExtendRequestApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/privacy/requests/{id:guid}/extend", Handle)
            .WithSummary("Extends an open request's deadline by 1 or 2 months (2 at most in all), with a reason.");

    private static async Task<Results<Ok<RequestView>, ProblemHttpResult, ValidationProblem>> Handle(
        Guid id, ExtendRequestBody body, PrivacyDbContext privacy, RequestTimeline timeline, TimeProvider time, HttpContext http,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Months is not (1 or 2))
            errors["months"] = ["1 or 2."];
        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > 1000)
            errors["reason"] = ["The reason the subject is told, 1 to 1000 characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        if (await privacy.Set<SubjectRequest>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } request)
            return PrivacyProblems.NotFound("Request", id);
        if (!RequestStatuses.IsOpen(request.Status))
            return PrivacyProblems.Conflict("Request closed", $"The request is {request.Status}; only an open request is extended.");
        if (request.ExtendedByMonths + body.Months > RequestDeadlines.MaxExtensionMonths)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["months"] = [$"The deadline may be extended by {RequestDeadlines.MaxExtensionMonths} months in all; {request.ExtendedByMonths} already are."],
            });

        request.ExtendedByMonths += body.Months!.Value;
        request.ExtensionReason = body.Reason!.Trim();
        request.DueAt = RequestDeadlines.DueAt(request.ReceivedAt, request.ExtendedByMonths);
        request.UpdatedAt = time.GetUtcNow();
        timeline.Add(request, "request.extended", $"Deadline extended by {body.Months} month(s) to {request.DueAt:yyyy-MM-dd}: {request.ExtensionReason}", Actors.From(http.User));
        await privacy.SaveAtomicallyAsync(cancellationToken);
        return TypedResults.Ok(RequestView.From(request));
    }
}

/// <param name="Months">1 or 2.</param>
/// <param name="Reason">Why, as the subject will be told.</param>
internal sealed record ExtendRequestBody(int? Months, string? Reason);
