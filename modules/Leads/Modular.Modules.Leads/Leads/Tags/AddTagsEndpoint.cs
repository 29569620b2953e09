using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Shared;
using Modular.Sdk.Modules;

namespace Modular.Modules.Leads.Leads.Tags;

/// <summary>POST /api/v1/leads/{id}/tags: adds the tags sent to the ones the lead has.</summary>
internal static class AddTagsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/leads/{id:guid}/tags", Handle).WithSummary("Adds tags to a lead; tags it already has are left as they are.")
            .RecordsAudit(AuditActions.TagsChanged, "lead");

    private static async Task<Results<Ok<TagsView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, TagsRequest request, HttpContext http, TagEdits edits, CancellationToken cancellationToken)
    {
        if (request.Errors() is { Count: > 0 } errors)
            return TypedResults.ValidationProblem(errors);
        return await edits.ChangeAsync(id, current => current.Concat(request.NormalisedTags()), Actors.From(http.User), cancellationToken);
    }
}
