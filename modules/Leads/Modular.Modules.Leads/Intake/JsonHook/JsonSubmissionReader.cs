using System.Text.Json;

namespace Modular.Modules.Leads.Intake.JsonHook;

/// <summary>
/// Reads a JSON lead. Without a mapping, top-level properties named like lead fields fill them (any case), a
/// <c>consent</c> object gives the consent proof; with a mapping, each mapped path fills its target. Every other
/// value is kept as an attribute under its dotted path.
/// </summary>
internal static class JsonSubmissionReader
{
    public static LeadSubmission Read(JsonElement root, IReadOnlyDictionary<string, string>? mapping)
    {
        if (root.ValueKind != JsonValueKind.Object)
            throw new IntakeRejected("The body must be a JSON object describing one lead.");

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (path, target) in mapping ?? DefaultMapping(root))
        {
            if (!JsonPaths.TryFind(root, path, out var value) || value.ValueKind is JsonValueKind.Object or JsonValueKind.Null)
                continue;
            var text = value.ValueKind == JsonValueKind.Array ? string.Join(',', value.EnumerateArray().Select(JsonPaths.Text)) : JsonPaths.Text(value);
            if (target.StartsWith(LeadFields.AttributePrefix, StringComparison.Ordinal))
                attributes[target[LeadFields.AttributePrefix.Length..]] = text;
            else
                fields[LeadFields.Canonical(target)] = text;
            used.Add(JsonPaths.Dotted(path));
        }

        foreach (var (path, text) in JsonPaths.Leaves(root))
            if (!used.Contains(path) && path != "isTest")
                attributes[path] = text;

        var isTest = root.TryGetProperty("isTest", out var test) && test.ValueKind == JsonValueKind.True;
        return new LeadSubmission(fields, attributes, isTest);
    }

    /// <summary>Top-level properties named like lead fields, and the consent object's text and purposes.</summary>
    private static Dictionary<string, string> DefaultMapping(JsonElement root)
    {
        var mapping = root.EnumerateObject().Where(p => LeadFields.IsKnown(p.Name)).ToDictionary(p => p.Name, p => p.Name);
        if (root.TryGetProperty("consent", out var consent) && consent.ValueKind == JsonValueKind.Object)
        {
            mapping["consent.text"] = LeadFields.ConsentText;
            mapping["consent.purposes"] = LeadFields.ConsentPurposes;
        }
        return mapping;
    }
}
