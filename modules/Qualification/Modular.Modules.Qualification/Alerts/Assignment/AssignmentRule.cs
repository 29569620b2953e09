namespace Modular.Modules.Qualification.Alerts.Assignment;

/// <summary>Leads from this source and/or this country go to this user; a rule with neither takes every lead.</summary>
/// <param name="Country">ISO 3166-1 alpha-2, upper case.</param>
internal sealed record AssignmentRule(Guid? SourceId, string? Country, Guid UserId)
{
    public bool Matches(Guid? sourceId, string? country) =>
        (SourceId is null || SourceId == sourceId)
        && (Country is null || string.Equals(Country, country, StringComparison.OrdinalIgnoreCase));
}
