using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Shared;
using Modular.Sdk.Modules;

namespace Modular.Modules.Leads.Leads.Tags;

/// <summary>
/// DELETE /api/v1/leads/{id}/tags/{tag}: takes one tag off. Removing a tag the lead does not have answers the same
/// as removing it, so a retried DELETE is harmless.
/// </summary>
internal static class RemoveTagEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/leads/{id:guid}/tags/{tag}", Handle).WithSummary("Removes one tag from a lead and answers the tags left.")
            .RecordsAudit(AuditActions.TagsChanged, "lead");

    private static async Task<Results<Ok<TagsView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, string tag, HttpContext http, TagEdits edits, CancellationToken cancellationToken)
    {
        var normalised = LeadTags.Normalise(tag);
        if (TagEdits.Problem(normalised) is { } problem)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["tag"] = [problem] });
        return await edits.ChangeAsync(id, current => current.Where(t => t != normalised), Actors.From(http.User), cancellationToken);
    }
}
