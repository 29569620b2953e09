using System.Text.Json;
using System.Text.Json.Nodes;

namespace Modular.Plugins.Crm.GenericHttp;

/// <summary>
/// Fills a body template: a JSON object whose string values may hold placeholders such as <c>{{lead.email}}</c>. The
/// template is parsed and walked rather than substituted as text, so no value can break the JSON or inject a field,
/// whatever quotes or line breaks it holds. A string that is exactly one placeholder takes the value's own JSON type;
/// elsewhere placeholders are replaced by their text. Names of properties are written as they are.
/// </summary>
internal static class JsonTemplate
{
    // A property written twice would otherwise fail only when the object is walked, outside the parse's error handling.
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>The filled body as JSON text, or why the template cannot be used (every problem at once).</summary>
    /// <param name="template">The template's JSON.</param>
    /// <param name="settingName">The setting it came from, for the message.</param>
    /// <param name="values">What its placeholders may name.</param>
    public static (string? Json, string? Problem) Fill(string template, string settingName, Placeholders values)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(template, documentOptions: Strict);
        }
        catch (JsonException e)
        {
            return (null, $"The {settingName} setting is not valid JSON: {e.Message}");
        }
        if (root is not JsonObject)
            return (null, $"The {settingName} setting must be a JSON object, {{ … }}.");

        var problems = new List<string>();
        var filled = Fill(root, values, problems);
        return problems.Count == 0
            ? (filled!.ToJsonString(), null)
            : (null, $"The {settingName} setting cannot be used: {string.Join("; ", problems.Distinct())}. Placeholders it may use: {values.Described}.");
    }

    private static JsonNode? Fill(JsonNode? node, Placeholders values, List<string> problems) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(property => KeyValuePair.Create(property.Key, Fill(property.Value, values, problems)))),
        JsonArray array => new JsonArray([.. array.Select(item => Fill(item, values, problems))]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => FillText(value.GetValue<string>(), values, problems),
        _ => node?.DeepClone(),
    };

    private static JsonNode? FillText(string text, Placeholders values, List<string> problems)
    {
        var parts = PlaceholderText.Split(text, problems);
        if (parts is [{ IsPlaceholder: true } only])
            return Resolve(only.Text, values, problems);
        return string.Concat(parts.Select(part => part.IsPlaceholder ? AsText(Resolve(part.Text, values, problems)) : part.Text));
    }

    private static JsonNode? Resolve(string name, Placeholders values, List<string> problems)
    {
        if (values.TryGet(name, out var value))
            return value;
        problems.Add($"unknown placeholder {{{{{name}}}}}");
        return null;
    }

    // Inside a longer string a value is written as text: a number as its digits, an object as its JSON, null as nothing.
    private static string AsText(JsonNode? value) =>
        value is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>() : value?.ToJsonString() ?? "";
}
