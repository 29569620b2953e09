using Modular.Sdk.Data;

namespace Modular.Modules.Qualification.ContactWindows;

/// <summary>A tenant's contact window as stored; a tenant without a row gets the French default in its own time zone.</summary>
internal sealed class WindowSettings : ITenantOwned
{
    public Guid TenantId { get; init; }
    public required string TimeZone { get; set; }

    /// <summary>Allowed days as their three-letter English names, comma-separated: <c>Mon,Tue,Wed</c>.</summary>
    public required string Days { get; set; }

    public required string From { get; set; }
    public required string To { get; set; }
    public bool ExcludeHolidays { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
