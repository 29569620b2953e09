using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Privacy.Requests.CarryingOut;
using Modular.Modules.Privacy.Data;
using Modular.Modules.Privacy.Shared;
using Modular.Sdk.Data;
using Modular.Sdk.Platform;

namespace Modular.Modules.Privacy.Requests.CreateRequest;

/// <summary>
/// POST /api/v1/privacy/requests: a tenant user records a data subject's request, due one month later. Access,
/// portability and erasure are carried out at once by a job; the others wait for the tenant's decision.
/// </summary>
internal static class CreateRequestApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/privacy/requests", Handle)
            .WithSummary("Records a data subject's request (type: " + string.Join(", ", RequestTypes.All) + ") for the subject named by email "
                + "and/or phone. Due one month after it is received. Access, portability and erasure are carried out at once.");

    private static async Task<Results<Created<RequestView>, ValidationProblem>> Handle(
        CreateRequestBody body, PrivacyDbContext privacy, RequestTimeline timeline, IJobScheduler jobs, ICurrentTenant tenant, TimeProvider time,
        HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.Type is null || !RequestTypes.All.Contains(body.Type))
            errors["type"] = [$"One of: {string.Join(", ", RequestTypes.All)}."];
        var email = Trimmed(body.Subject?.Email);
        var phone = Trimmed(body.Subject?.Phone);
        if (email is null && phone is null)
            errors["subject"] = ["Name the subject by email, phone or both."];
        if (email is { Length: > 320 } || email is not null && !email.Contains('@'))
            errors["subject.email"] = ["An email address of at most 320 characters."];
        if (phone is { Length: > 40 })
            errors["subject.phone"] = ["A phone number of at most 40 characters."];
        if (body.Notes is { Length: > 2000 })
            errors["notes"] = ["At most 2000 characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var now = time.GetUtcNow();
        var actor = Actors.From(http.User);
        var request = new SubjectRequest
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.RequiredTenantId,
            Type = body.Type!,
            Status = RequestStatuses.Received,
            SubjectEmail = email,
            SubjectPhone = phone,
            Notes = body.Notes,
            CreatedBy = actor,
            ReceivedAt = now,
            DueAt = RequestDeadlines.DueAt(now, extendedByMonths: 0),
            UpdatedAt = now,
        };
        privacy.Add(request);
        timeline.Add(request, "request.received", $"{request.Type} request received, due {request.DueAt:yyyy-MM-dd}.", actor);
        if (RequestTypes.CarriedOutAutomatically(request.Type))
        {
            // Scheduled before the request is saved: should the save fail, the job finds no request and ends; the reverse
            // order could leave a saved request that nothing carries out.
            await jobs.ScheduleAsync(CarryOutRequestJob.Type, new CarryOutRequest(request.Id), cancellationToken: cancellationToken);
            request.Status = RequestStatuses.InProgress;
        }
        await privacy.SaveAtomicallyAsync(cancellationToken);
        return TypedResults.Created(RequestView.PathOf(request.Id), RequestView.From(request));
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <param name="Type">The right exercised.</param>
/// <param name="Subject">Who it is about.</param>
/// <param name="Notes">For the tenant's own records; no more personal data than needed.</param>
internal sealed record CreateRequestBody(string? Type, CreateRequestSubject? Subject, string? Notes = null);

/// <param name="Email">The subject's email address.</param>
/// <param name="Phone">The subject's phone number.</param>
internal sealed record CreateRequestSubject(string? Email, string? Phone);
