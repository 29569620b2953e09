using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Modular.Modules.Webhooks.Catalogue.ListEventTypes;

/// <summary>GET /api/v1/webhooks/event-types: the catalogue, each type with the JSON schema of its messages.</summary>
internal static class ListEventTypesApi
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/webhooks/event-types", () => TypedResults.Ok(EventCatalogue.All.Select(e => new EventTypeView(e.Type, e.Description, e.Schema())).ToList()))
            .WithSummary("Lists the event types partners can receive, with the JSON schema of each message and the personal data it carries (none).");
}

internal sealed record EventTypeView(string Type, string Description, JsonObject Schema);
