using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Crm.Data;

namespace Modular.Modules.Crm.Connectors.ListConnectors;

/// <summary>GET /api/v1/crm/connectors and GET /api/v1/crm/types: the tenant's connectors, and the types this server can connect.</summary>
internal static class ListConnectorsEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/crm/types", (ConnectorCatalog catalog) => TypedResults.Ok(new ConnectorTypes(catalog.Types())))
            .WithSummary("The CRM connector types the plugins of this server offer.");
        api.MapGet("/crm/connectors", Handle).WithSummary("The tenant's CRM connectors, oldest first; credentials are named, never shown.");
    }

    private static async Task<Ok<ConnectorList>> Handle(CrmDbContext crm, CancellationToken cancellationToken)
    {
        var connectors = await crm.Set<ConnectorConfiguration>().OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(new ConnectorList([.. connectors.Select(ConnectorView.From)]));
    }
}

internal sealed record ConnectorList(IReadOnlyList<ConnectorView> Items);

internal sealed record ConnectorTypes(IReadOnlyList<string> Types);
