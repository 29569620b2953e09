using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Crm.Data;
using Modular.Modules.Crm.Shared;

namespace Modular.Modules.Crm.Connectors.GetConnector;

/// <summary>GET /api/v1/crm/connectors/{id}.</summary>
internal static class GetConnectorEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/crm/connectors/{id:guid}", Handle).WithSummary("One CRM connector; credentials are named, never shown.");

    private static async Task<Results<Ok<ConnectorView>, ProblemHttpResult>> Handle(Guid id, CrmDbContext crm, CancellationToken cancellationToken) =>
        await crm.Set<ConnectorConfiguration>().FindAsync([id], cancellationToken) is { } connector
            ? TypedResults.Ok(ConnectorView.From(connector))
            : CrmProblems.NotFound("Connector", id);
}
