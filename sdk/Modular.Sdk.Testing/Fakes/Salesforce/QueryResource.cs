using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Salesforce;

/// <summary><c>GET /services/data/vXX.X/query?q=…</c>: runs the SOQL subset of <see cref="SoqlLeadQuery"/>.</summary>
internal static class QueryResource
{
    public static IResult Run(FakeSalesforceServer server, SalesforceCall call)
    {
        if (SoqlLeadQuery.Parse(call.Context.Request.Query["q"], out var error) is not { } query)
            return SalesforceResults.Error(400, "MALFORMED_QUERY", error!);

        // SOQL compares strings without regard to case; leads are held oldest first, the ORDER BY CreatedDate order.
        var found = server.LeadsHeld
            .Where(lead => string.Equals(lead.Fields.GetValueOrDefault(query.Field), query.Value, StringComparison.OrdinalIgnoreCase))
            .Where(lead => !query.OpenOnly || !lead.IsConverted)
            .Take(query.Limit)
            .Select(lead => (JsonNode)SalesforceResults.Record("Lead", lead.Id, call.ApiVersion))
            .ToList();
        return SalesforceResults.Json(new JsonObject { ["totalSize"] = found.Count, ["done"] = true, ["records"] = new JsonArray([.. found]) });
    }
}
