using Modular.Sdk.Data;

namespace Modular.Modules.Qualification.Alerts.Preferences;

/// <summary>A user's alert preferences as stored; a user without a row gets <see cref="AlertPreferences.Default"/>.</summary>
internal sealed class AlertPreference : ITenantOwned
{
    public Guid TenantId { get; init; }
    public Guid UserId { get; init; }

    /// <summary>Comma-separated <see cref="AlertChannels"/>; empty when the user wants no alert.</summary>
    public required string Channels { get; set; }

    /// <summary>Comma-separated verdicts.</summary>
    public required string Verdicts { get; set; }

    /// <summary>Local HH:mm, both null when the user has no quiet hours.</summary>
    public string? QuietFrom { get; set; }

    public string? QuietTo { get; set; }
    public string? Phone { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
