using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Privacy.Contracts;
using Modular.Modules.Privacy.Data;
using Modular.Modules.Privacy.Shared;
using Modular.Sdk.Platform;

namespace Modular.Modules.Privacy.Requests.Exporting;

/// <summary>
/// GET /api/v1/privacy/requests/{id}/export?format=json|csv|xlsx: a fulfilled access or portability request's answer,
/// built from what every module holds now about the leads and addresses found when it was carried out.
/// </summary>
internal static class ExportRequestApi
{
    private static readonly Dictionary<string, (string ContentType, string Extension, Func<SubjectExport, Stream, CancellationToken, Task> Write)> Formats = new()
    {
        ["json"] = ("application/json", "json", JsonExport.WriteAsync),
        ["csv"] = ("application/zip", "zip", CsvExport.WriteAsync),
        ["xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", XlsxExport.WriteAsync),
    };

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/privacy/requests/{id:guid}/export", Handle)
            .WithSummary("Exports the subject's data for a fulfilled access or portability request: format=json (default), csv (a zip) or xlsx.");

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult, ValidationProblem>> Handle(
        Guid id, PrivacyDbContext privacy, IMediator mediator, ICurrentTenant tenant, TimeProvider time, CancellationToken cancellationToken,
        string format = "json")
    {
        if (!Formats.TryGetValue(format, out var chosen))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["One of: json, csv, xlsx."] });
        if (await privacy.Set<SubjectRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } request)
            return PrivacyProblems.NotFound("Request", id);
        if (!RequestTypes.Exports(request.Type) || request.Status != RequestStatuses.Fulfilled)
            return PrivacyProblems.Conflict("No export", $"Only a fulfilled access or portability request has an export; this {request.Type} request is {request.Status}.");

        var collection = new CollectSubjectData(tenant.RequiredTenantId, new SubjectLeads(request.FoundLeadIds(), request.FoundAddresses()));
        await mediator.Publish(collection, cancellationToken);
        var sections = collection.Sections.OrderBy(s => s.Module, StringComparer.Ordinal).ThenBy(s => s.Category, StringComparer.Ordinal).ToList();
        var export = new SubjectExport(request.Id, request.Type, request.ReceivedAt, time.GetUtcNow(), sections);
        return TypedResults.Stream(body => chosen.Write(export, body, cancellationToken), chosen.ContentType, $"subject-data-{request.Id}.{chosen.Extension}");
    }
}
