namespace Modular.Modules.Leads.Leads;

/// <summary>Where a lead stands. Qualification moves it along; the client records Won or Lost.</summary>
internal enum LeadStatus
{
    New,
    Contacted,
    Qualified,
    Disqualified,
    Won,
    Lost,
    Merged,
}
