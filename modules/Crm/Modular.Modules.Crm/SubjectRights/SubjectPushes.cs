using Microsoft.EntityFrameworkCore;
using Modular.Modules.Crm.Connectors;
using Modular.Modules.Crm.Data;
using Modular.Modules.Crm.Syncs;

namespace Modular.Modules.Crm.SubjectRights;

/// <summary>A subject's pushes to the CRM, each with the connector it went through (null when the tenant removed it since).</summary>
internal static class SubjectPushes
{
    public static IQueryable<CrmSync> Of(CrmDbContext crm, IReadOnlyList<Guid> leadIds)
    {
        var ids = leadIds.ToList();
        return crm.Set<CrmSync>().Where(s => ids.Contains(s.LeadId));
    }

    public static async Task<IReadOnlyList<(CrmSync Sync, ConnectorConfiguration? Connector)>> ReadAsync(
        CrmDbContext crm, IReadOnlyList<Guid> leadIds, CancellationToken cancellationToken)
    {
        var syncs = await Of(crm, leadIds).AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken);
        var connectorIds = syncs.Select(s => s.ConnectorId).Distinct().ToList();
        var connectors = await crm.Set<ConnectorConfiguration>().AsNoTracking().Where(c => connectorIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. syncs.Select(s => (s, connectors.GetValueOrDefault(s.ConnectorId)))];
    }

    /// <summary>How the tenant recognises a connector: its name and type, or its id once it was removed.</summary>
    public static string Name(ConnectorConfiguration? connector, Guid connectorId) =>
        connector is null ? $"a connector since removed ({connectorId})" : $"{connector.Name} ({connector.Type})";
}
