namespace Modular.Modules.Leads.Leads.UpdateLead;

/// <summary>One field of a rectification, as the timeline keeps it: the value before and after.</summary>
internal sealed record FieldChange(string? From, string? To);
