namespace Modular.Sdk.Extensions.Crm;

/// <summary>
/// A CRM plugin: pushes leads and their qualification reports into a client's CRM and can read outcomes and new leads back.
/// One instance serves every tenant; the tenant's configuration comes with each call.
/// </summary>
public interface ICrmConnector
{
    /// <summary>Stable key of the connector type, for example <c>hubspot</c>.</summary>
    string Key { get; }

    /// <summary>Checks the credentials and reachability of the remote CRM.</summary>
    Task<CrmResult> TestConnectionAsync(CrmConnection connection, CancellationToken cancellationToken);

    /// <summary>Creates or updates the contact or lead, deduplicating by email, then phone.</summary>
    Task<CrmResult> UpsertLeadAsync(CrmConnection connection, CrmLead lead, CancellationToken cancellationToken);

    /// <summary>Attaches the qualification report (note, task or activity) to the record returned by <see cref="UpsertLeadAsync"/>.</summary>
    Task<CrmResult> AttachReportAsync(CrmConnection connection, string remoteId, CrmReport report, CancellationToken cancellationToken);
}
