namespace Modular.Modules.Leads.Intake;

/// <summary>
/// What one submission said about a person, whatever its format, before normalisation: known fields by their
/// <see cref="LeadFields"/> name, everything else as attributes.
/// </summary>
internal sealed record LeadSubmission(IReadOnlyDictionary<string, string> Fields, IReadOnlyDictionary<string, string> Attributes, bool IsTest = false)
{
    public const int MaxAttributes = 100;
    public const int MaxValueLength = 4000;

    /// <summary>Tags to put on the lead (normalised); on a merge they go to the earlier lead.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? this[string field] => Fields.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
