using Modular.Modules.Qualification.Alerts.Assignment;
using Modular.Modules.Qualification.ContactWindows;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Alerts.Preferences;

/// <summary>What the preference endpoints need, as one parameter: the tenant's users, their stored preferences, the tenant's time zone.</summary>
internal sealed class PreferenceContext(
    ITenantUsers users, ICurrentTenant tenant, WindowStore windows, TimeProvider time, AlertPreferenceStore preferences, AssignmentSettingsStore settings)
{
    public AlertPreferenceStore Preferences => preferences;
    public AssignmentSettingsStore Settings => settings;
    public TimeProvider Time => time;

    /// <summary>The user, when they belong to the caller's tenant; another tenant's user is not found.</summary>
    public async Task<TenantUser?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        (await users.ListAsync(tenant.RequiredTenantId, cancellationToken)).FirstOrDefault(u => u.Id == userId);

    public async Task<string> TimeZoneAsync(CancellationToken cancellationToken) => (await windows.GetAsync(cancellationToken)).TimeZoneId;
}
