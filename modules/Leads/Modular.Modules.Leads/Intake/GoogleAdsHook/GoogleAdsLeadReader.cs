using System.Text.Json;
using Modular.Modules.Leads.Intake.JsonHook;

namespace Modular.Modules.Leads.Intake.GoogleAdsHook;

/// <summary>
/// Reads the body of Google's lead form webhook: <c>lead_id</c>, <c>google_key</c>, <c>is_test</c>, the campaign's ids
/// and <c>user_column_data: [{column_id, string_value, column_name}]</c>. Known columns fill lead fields; the others
/// (job title, region, custom questions…) become attributes named by their question, or by their id when unnamed.
/// </summary>
internal static class GoogleAdsLeadReader
{
    // Google's ids are a few dozen characters; the bound keeps the idempotency key within its column.
    private const int MaxLeadIdLength = 150;

    /// <summary>The shared secret the webhook was configured with, null when the body carries none.</summary>
    public static string? Key(JsonElement root) =>
        root.TryGetProperty("google_key", out var key) && key.ValueKind == JsonValueKind.String ? key.GetString() : null;

    /// <exception cref="FormatException">The body is not shaped as Google sends a lead; the message says why.</exception>
    public static GoogleAdsLead Read(JsonElement root)
    {
        if (!root.TryGetProperty("lead_id", out var leadId) || leadId.ValueKind is not (JsonValueKind.String or JsonValueKind.Number)
            || JsonPaths.Text(leadId) is not { Length: > 0 and <= MaxLeadIdLength } id)
            throw new FormatException($"The body needs a lead_id of 1 to {MaxLeadIdLength} characters.");
        return new GoogleAdsLead(id, Answers(root));
    }

    private static LeadSubmission Answers(JsonElement root)
    {
        if (!root.TryGetProperty("user_column_data", out var columns) || columns.ValueKind != JsonValueKind.Array)
            throw new FormatException("The body has no user_column_data array.");

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var fallbacks = new List<(string Field, string Attribute, string Value)>();
        foreach (var column in columns.EnumerateArray())
        {
            if (column.ValueKind != JsonValueKind.Object || !column.TryGetProperty("column_id", out var id) || id.ValueKind != JsonValueKind.String)
                throw new FormatException("Every entry of user_column_data needs a column_id.");
            if (!column.TryGetProperty("string_value", out var answer) || JsonPaths.Text(answer).Trim() is not { Length: > 0 } value)
                continue;

            var columnId = id.GetString()!;
            var name = column.TryGetProperty("column_name", out var label) && label.ValueKind == JsonValueKind.String && label.GetString() is { Length: > 0 } given
                ? given
                : columnId.ToLowerInvariant();
            if (GoogleAdsColumns.Fields.TryGetValue(columnId, out var field))
                fields[field] = value;
            else if (GoogleAdsColumns.Fallbacks.TryGetValue(columnId, out var fallback))
                fallbacks.Add((fallback, name, value));
            else
                attributes[name] = value;
        }
        foreach (var (field, attribute, value) in fallbacks)
            if (!fields.TryAdd(field, value))
                attributes[attribute] = value;

        foreach (var tracked in GoogleAdsColumns.Tracking)
            if (root.TryGetProperty(tracked, out var trackedValue) && JsonPaths.Text(trackedValue) is { Length: > 0 } text)
                attributes[GoogleAdsColumns.TrackingPrefix + tracked] = text;

        var isTest = root.TryGetProperty("is_test", out var test) && test.ValueKind == JsonValueKind.True;
        return new LeadSubmission(fields, attributes, isTest);
    }
}
