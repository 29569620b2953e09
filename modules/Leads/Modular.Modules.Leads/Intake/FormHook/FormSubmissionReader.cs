using Microsoft.AspNetCore.Http;

namespace Modular.Modules.Leads.Intake.FormHook;

/// <summary>
/// Reads a posted form. The source's mapping (form field name → lead field or <c>attributes.name</c>) comes first; a
/// field it does not map still fills the lead field of the same name (any case), so a mapping only names what the
/// page spells differently. <c>consent</c> carries the consent text shown next to the box. Every other non-empty field
/// is kept as an attribute; a field posted several times (checkboxes) keeps its values comma-joined.
/// </summary>
internal static class FormSubmissionReader
{
    public const string ConsentField = "consent";

    public static LeadSubmission Read(IFormCollection form, IReadOnlyDictionary<string, string>? mapping, string? honeypotField)
    {
        var mapped = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, target) in mapping ?? new Dictionary<string, string>())
            mapped.TryAdd(name, target);

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var byDefault = new List<(string Field, string Text)>();
        foreach (var (name, values) in form)
        {
            var text = string.Join(',', values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()));
            if (text.Length == 0 || string.Equals(name, honeypotField, StringComparison.OrdinalIgnoreCase))
                continue;
            if (mapped.TryGetValue(name, out var target))
            {
                if (target.StartsWith(LeadFields.AttributePrefix, StringComparison.Ordinal))
                    attributes[target[LeadFields.AttributePrefix.Length..]] = text;
                else
                    fields[LeadFields.Canonical(target)] = text;
            }
            else if (DefaultField(name) is { } field)
                byDefault.Add((field, text));
            else
                attributes[name] = text;
        }

        // A field the mapping already filled wins over one that merely shares the lead field's name.
        foreach (var (field, text) in byDefault)
            fields.TryAdd(field, text);
        return new LeadSubmission(fields, attributes);
    }

    private static string? DefaultField(string name) =>
        string.Equals(name, ConsentField, StringComparison.OrdinalIgnoreCase) ? LeadFields.ConsentText
        : LeadFields.IsKnown(name) ? LeadFields.Canonical(name)
        : null;
}
