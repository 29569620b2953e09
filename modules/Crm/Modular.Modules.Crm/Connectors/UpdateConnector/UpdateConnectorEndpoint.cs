using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Crm.Data;
using Modular.Modules.Crm.Reading;
using Modular.Modules.Crm.Shared;
using Modular.Sdk.Network;

namespace Modular.Modules.Crm.Connectors.UpdateConnector;

/// <summary>
/// PATCH /api/v1/crm/connectors/{id}: changes what is given and keeps the rest. Credentials given replace those of
/// the same name; a change of credentials or base URL closes the connector's circuit, as it is usually the fix.
/// </summary>
internal static class UpdateConnectorEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPatch("/crm/connectors/{id:guid}", Handle)
            .WithSummary("Updates a CRM connector: name, baseUrl, credentials (by name), settings (by name), syncOn, fieldMapping (whole), enabled, readLeads, readOutcomes.");

    private static async Task<Results<Ok<ConnectorView>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, UpdateConnectorRequest request, CrmDbContext crm, ConnectorCatalog catalog, ConnectorSecrets secrets, OutboundRules rules,
        ReadSchedule reads, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await crm.Set<ConnectorConfiguration>().FindAsync([id], cancellationToken) is not { } connector)
            return CrmProblems.NotFound("Connector", id);

        var errors = new Dictionary<string, string[]>();
        ConnectorRules.CheckName(request.Name, errors);
        if (request.BaseUrl is not null)
            ConnectorRules.CheckBaseUrl(request.BaseUrl, rules, errors);
        ConnectorRules.CheckCredentials(request.Credentials, required: false, errors);
        ConnectorRules.CheckSettings(request.Settings, errors);
        var syncOn = request.SyncOn is null ? null : ConnectorRules.CheckSyncOn(request.SyncOn, errors);
        ConnectorRules.CheckFieldMapping(request.FieldMapping, errors);
        var readLeads = request.ReadLeads ?? connector.ReadLeads;
        var readOutcomes = request.ReadOutcomes ?? connector.ReadOutcomes;
        ConnectorRules.CheckReading(catalog.Find(connector.Type), readLeads, readOutcomes, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var wasReading = connector.Enabled && (connector.ReadLeads || connector.ReadOutcomes);
        var reconnected = request.BaseUrl is not null || request.Credentials is { Count: > 0 };
        connector.Name = request.Name?.Trim() ?? connector.Name;
        connector.BaseUrl = request.BaseUrl ?? connector.BaseUrl;
        if (request.Credentials is { Count: > 0 } credentials)
            connector.Credentials = secrets.Merge(connector.Credentials, credentials.ToDictionary(c => c.Key, c => c.Value!));
        if (request.Settings is { Count: > 0 } settings)
        {
            var merged = ConnectorSecrets.ReadJson(connector.Settings);
            foreach (var (name, value) in settings)
                merged[name] = value!;
            connector.Settings = ConnectorSecrets.WriteJson(merged);
        }
        if (syncOn is not null)
            connector.SyncOn = Verdicts.Join(syncOn);
        if (request.FieldMapping is { } mapping)
            connector.FieldMapping = ConnectorSecrets.WriteJson(mapping.ToDictionary(m => m.Key, m => m.Value!.Trim()));
        connector.Enabled = request.Enabled ?? connector.Enabled;
        (connector.ReadLeads, connector.ReadOutcomes) = (readLeads, readOutcomes);
        if (reconnected)
            (connector.ConsecutiveFailures, connector.PausedUntil) = (0, null);
        connector.UpdatedAt = time.GetUtcNow();
        if (!wasReading)
            await reads.StartAsync(connector, cancellationToken);
        await crm.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ConnectorView.From(connector));
    }
}

/// <summary>Every field optional: what is omitted is kept.</summary>
internal sealed record UpdateConnectorRequest(
    string? Name = null, string? BaseUrl = null, Dictionary<string, string?>? Credentials = null, Dictionary<string, string?>? Settings = null,
    List<string>? SyncOn = null, Dictionary<string, string?>? FieldMapping = null, bool? Enabled = null, bool? ReadLeads = null, bool? ReadOutcomes = null);
