using System.Globalization;
using Autofac;
using MediatR;
using Modular.Modules.Crm.Data;
using Modular.Modules.Privacy.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.SubjectRights;

/// <summary>
/// Adds the history of the subject's pushes to the CRM to an access request: which CRM got a copy, under which
/// record id, when, and what failed. Read as the request's tenant only; only reads.
/// </summary>
internal sealed class CollectCrmData(ILifetimeScope scope) : INotificationHandler<CollectSubjectData>
{
    public async Task Handle(CollectSubjectData request, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        var pushes = await SubjectPushes.ReadAsync(tenantScope.Resolve<CrmDbContext>(), request.Subject.LeadIds, cancellationToken);
        request.Add(new SubjectDataSection(CrmGrounds.Module, "CRM pushes", CrmGrounds.Pushes, [.. pushes.Select(p => Record(p.Sync, p.Connector))]));
    }

    private static Dictionary<string, string?> Record(Syncs.CrmSync sync, Connectors.ConnectorConfiguration? connector) => new()
    {
        ["leadId"] = sync.LeadId.ToString(),
        ["connector"] = SubjectPushes.Name(connector, sync.ConnectorId),
        ["trigger"] = sync.Trigger,
        ["status"] = sync.Status,
        ["attempts"] = sync.Attempts.ToString(CultureInfo.InvariantCulture),
        ["remoteId"] = sync.RemoteId,
        ["reportRemoteId"] = sync.ReportRemoteId,
        ["lastError"] = sync.LastError,
        ["createdAt"] = sync.CreatedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        ["updatedAt"] = sync.UpdatedAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
    };
}
