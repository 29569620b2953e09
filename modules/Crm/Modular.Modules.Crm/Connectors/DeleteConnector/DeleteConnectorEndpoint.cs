using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Crm.Data;
using Modular.Modules.Crm.Shared;

namespace Modular.Modules.Crm.Connectors.DeleteConnector;

/// <summary>DELETE /api/v1/crm/connectors/{id}: forgets the connector and its credentials; its pushes stay as history.</summary>
internal static class DeleteConnectorEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapDelete("/crm/connectors/{id:guid}", Handle)
            .WithSummary("Deletes a CRM connector and its credentials. Pushes still waiting to retry through it are parked.");

    private static async Task<Results<NoContent, ProblemHttpResult>> Handle(Guid id, CrmDbContext crm, CancellationToken cancellationToken)
    {
        if (await crm.Set<ConnectorConfiguration>().FindAsync([id], cancellationToken) is not { } connector)
            return CrmProblems.NotFound("Connector", id);
        crm.Remove(connector);
        await crm.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
