namespace Modular.Modules.Crm.Syncs;

/// <summary>A push as the API shows it.</summary>
internal sealed record SyncView(
    Guid Id, Guid LeadId, Guid ConnectorId, string Trigger, string Status, int Attempts, DateTimeOffset? NextAttemptAt,
    string? RemoteId, bool ReportAttached, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static SyncView From(CrmSync sync) => new(
        sync.Id, sync.LeadId, sync.ConnectorId, sync.Trigger, sync.Status, sync.Attempts, sync.NextAttemptAt,
        sync.RemoteId, sync.ReportRemoteId is not null, sync.LastError, sync.CreatedAt, sync.UpdatedAt);
}
