namespace Modular.Modules.Leads.Leads.Settings;

/// <summary>A tenant's lead-handling settings as the API reads and writes them.</summary>
internal sealed record LeadSettingsView(int DedupWindowDays)
{
    public const int MinDedupWindowDays = 1;
    public const int MaxDedupWindowDays = 3650;

    public Dictionary<string, string[]> Errors() =>
        DedupWindowDays is < MinDedupWindowDays or > MaxDedupWindowDays
            ? new() { ["dedupWindowDays"] = [$"Between {MinDedupWindowDays} and {MaxDedupWindowDays} days."] }
            : [];
}
