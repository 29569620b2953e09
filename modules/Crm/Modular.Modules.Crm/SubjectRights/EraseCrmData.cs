using Autofac;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Modular.Modules.Crm.Data;
using Modular.Modules.Privacy.Contracts;
using Modular.Sdk.Platform;

namespace Modular.Modules.Crm.SubjectRights;

/// <summary>
/// The subject's copies in the tenant's CRM cannot be erased from here: <c>ICrmConnector</c> offers no delete, so each
/// remote record is reported as a manual step naming the connector and the record (and the report note attached to it),
/// for the tenant to delete by hand. Then the local push history goes. Reported before deleting, in the same call; a
/// rerun finds no push left, so it reports nothing to do by hand and erases nothing.
/// </summary>
internal sealed class EraseCrmData(ILifetimeScope scope) : INotificationHandler<EraseSubjectData>
{
    public async Task Handle(EraseSubjectData request, CancellationToken cancellationToken)
    {
        await using var tenantScope = scope.BeginTenantScope(request.TenantId);
        var crm = tenantScope.Resolve<CrmDbContext>();
        var pushes = await SubjectPushes.ReadAsync(crm, request.Subject.LeadIds, cancellationToken);

        var remoteRecords = pushes
            .Where(p => p.Sync.RemoteId is not null)
            .GroupBy(p => (p.Sync.ConnectorId, p.Sync.RemoteId))
            .Select(g => (Connector: SubjectPushes.Name(g.First().Connector, g.Key.ConnectorId), RemoteId: g.Key.RemoteId!,
                Notes: g.Select(p => p.Sync.ReportRemoteId).OfType<string>().Distinct().ToList()));
        foreach (var (connector, remoteId, notes) in remoteRecords)
            request.Report(new ErasureOutcome(CrmGrounds.Module, "CRM record", ErasureActions.Manual, 1,
                $"Delete record {remoteId} in {connector} by hand{(notes.Count == 0 ? "" : $", with its qualification note {string.Join(", ", notes)}")}: "
                + "the CRM connector cannot delete records, so Modular's copy there is left to the tenant."));

        var erased = await SubjectPushes.Of(crm, request.Subject.LeadIds).ExecuteDeleteAsync(cancellationToken);
        request.Report(new ErasureOutcome(CrmGrounds.Module, "CRM pushes", ErasureActions.Erased, erased));
    }
}
