using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Crm.Data;
using Modular.Modules.Crm.Reading;
using Modular.Sdk.Network;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.Connectors.CreateConnector;

/// <summary>POST /api/v1/crm/connectors: connects the tenant's CRM; credentials are stored encrypted and never shown again.</summary>
internal static class CreateConnectorEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/crm/connectors", Handle)
            .WithSummary("Connects a CRM (type from GET /api/v1/crm/types). Leads whose verdict is in syncOn (Hot and Qualified by default) "
                + "are pushed with their qualification report; fieldMapping sends answers and other values to fields of your CRM.");

    private static async Task<Results<Created<ConnectorView>, ValidationProblem>> Handle(
        CreateConnectorRequest request, CrmDbContext crm, ConnectorCatalog catalog, ConnectorSecrets secrets, OutboundRules rules, ReadSchedule reads,
        ICurrentTenant tenant, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var plugin = request.Type is null ? null : catalog.Find(request.Type);
        if (plugin is null)
            errors["type"] = [$"Unknown CRM connector type. This server runs: {string.Join(", ", catalog.Types())}."];
        ConnectorRules.CheckName(request.Name, errors);
        ConnectorRules.CheckBaseUrl(request.BaseUrl, rules, errors);
        ConnectorRules.CheckCredentials(request.Credentials, required: true, errors);
        ConnectorRules.CheckSettings(request.Settings, errors);
        var syncOn = ConnectorRules.CheckSyncOn(request.SyncOn, errors);
        ConnectorRules.CheckFieldMapping(request.FieldMapping, errors);
        ConnectorRules.CheckReading(plugin, request.ReadLeads ?? false, request.ReadOutcomes ?? false, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var now = time.GetUtcNow();
        var connector = new ConnectorConfiguration
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.RequiredTenantId,
            Type = request.Type!,
            Name = request.Name?.Trim() ?? request.Type!,
            BaseUrl = request.BaseUrl!,
            Credentials = secrets.Protect(request.Credentials!.ToDictionary(c => c.Key, c => c.Value!)),
            Settings = ConnectorSecrets.WriteJson(request.Settings?.ToDictionary(s => s.Key, s => s.Value!) ?? []),
            SyncOn = Verdicts.Join(syncOn!),
            FieldMapping = ConnectorSecrets.WriteJson(request.FieldMapping?.ToDictionary(m => m.Key, m => m.Value!.Trim()) ?? []),
            Enabled = request.Enabled ?? true,
            ReadLeads = request.ReadLeads ?? false,
            ReadOutcomes = request.ReadOutcomes ?? false,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await reads.StartAsync(connector, cancellationToken);
        crm.Add(connector);
        await crm.SaveChangesAsync(cancellationToken);
        return TypedResults.Created(ConnectorView.PathOf(connector.Id), ConnectorView.From(connector));
    }
}

/// <param name="Type">The connector plugin's key, for example <c>hubspot</c>.</param>
/// <param name="Name">A name for people; the type when omitted.</param>
/// <param name="BaseUrl">The CRM's API root, for example <c>https://api.hubapi.com</c>.</param>
/// <param name="Credentials">Tokens and keys, for example <c>{"accessToken": "…"}</c>: encrypted, never shown again.</param>
/// <param name="Settings">Settings of the connector that are not secret, for example <c>{"apiVersion": "v61.0"}</c>.</param>
/// <param name="SyncOn">Verdicts whose leads are pushed when the conversation ends; Hot and Qualified when omitted.</param>
/// <param name="FieldMapping">Source (<c>answers.budget</c>, <c>score</c>, <c>verdict</c>, …) → the CRM field it is written to.</param>
/// <param name="Enabled">False to configure it without pushing yet; true by default.</param>
/// <param name="ReadLeads">Read the records created in the CRM and qualify them as leads; false by default.</param>
/// <param name="ReadOutcomes">Read deals won and lost back for scoring; false by default.</param>
internal sealed record CreateConnectorRequest(
    string? Type, string? Name, string? BaseUrl, Dictionary<string, string?>? Credentials, Dictionary<string, string?>? Settings = null,
    List<string>? SyncOn = null, Dictionary<string, string?>? FieldMapping = null, bool? Enabled = null, bool? ReadLeads = null, bool? ReadOutcomes = null);
