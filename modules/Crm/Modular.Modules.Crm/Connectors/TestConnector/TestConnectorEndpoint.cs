using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Crm.Data;
using Modular.Modules.Crm.Shared;
using Modular.Sdk.Extensions;

namespace Modular.Modules.Crm.Connectors.TestConnector;

/// <summary>POST /api/v1/crm/connectors/{id}/test: asks the CRM whether it takes the stored credentials, changing nothing there.</summary>
internal static class TestConnectorEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crm/connectors/{id:guid}/test", Handle)
            .WithSummary("Checks that the CRM is reachable and takes the connector's credentials. Answers ok and the CRM's message.");

    private static async Task<Results<Ok<ConnectorTestResult>, ProblemHttpResult>> Handle(
        Guid id, CrmDbContext crm, ConnectorCatalog catalog, ConnectorSecrets secrets, CancellationToken cancellationToken)
    {
        if (await crm.Set<ConnectorConfiguration>().FindAsync([id], cancellationToken) is not { } connector)
            return CrmProblems.NotFound("Connector", id);
        if (catalog.Find(connector.Type) is not { } plugin)
            return CrmProblems.PluginInactive(connector.Type);
        var result = await plugin.TestConnectionAsync(secrets.ConnectionFor(connector), cancellationToken);
        return TypedResults.Ok(new ConnectorTestResult(result.Outcome == RemoteOutcome.Succeeded, result.Outcome.ToString(), result.Message));
    }
}

/// <param name="Ok">Whether the CRM took the credentials.</param>
/// <param name="Outcome">The connector's outcome, for example <c>PermanentFailure</c>.</param>
/// <param name="Message">What the CRM said.</param>
internal sealed record ConnectorTestResult(bool Ok, string Outcome, string? Message);
