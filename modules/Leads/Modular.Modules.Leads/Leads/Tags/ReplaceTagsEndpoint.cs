using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Shared;
using Modular.Sdk.Modules;

namespace Modular.Modules.Leads.Leads.Tags;

/// <summary>PUT /api/v1/leads/{id}/tags: the lead's tags become exactly the ones sent.</summary>
internal static class ReplaceTagsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/leads/{id:guid}/tags", Handle).WithSummary("Replaces a lead's tags with the ones sent (at most 20, 50 characters each).")
            .RecordsAudit(AuditActions.TagsChanged, "lead");

    private static async Task<Results<Ok<TagsView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, TagsRequest request, HttpContext http, TagEdits edits, CancellationToken cancellationToken)
    {
        if (request.Errors() is { Count: > 0 } errors)
            return TypedResults.ValidationProblem(errors);
        return await edits.ChangeAsync(id, _ => request.NormalisedTags(), Actors.From(http.User), cancellationToken);
    }
}
