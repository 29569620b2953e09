using System.Text.Json;
using System.Text.RegularExpressions;

namespace Modular.Sdk.Testing.Fakes.ChatCompletions;

/// <summary>
/// What OpenAI checks in <c>response_format</c> before running the model: <c>json_object</c> needs the word "JSON"
/// somewhere in the messages; a strict <c>json_schema</c> needs a name of at most 64 letters, digits, <c>_</c> or
/// <c>-</c>, an object at its root, and in every object <c>additionalProperties: false</c> with every property required.
/// </summary>
internal static partial class ResponseFormatRules
{
    public static (string Message, string? Param)? Problem(JsonElement format, JsonElement messages)
    {
        if (format.ValueKind != JsonValueKind.Object || !format.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            return ("Missing required parameter: 'response_format.type'.", "response_format.type");
        switch (type.GetString())
        {
            case "text":
                return null;
            case "json_object":
                return messages.GetRawText().Contains("json", StringComparison.OrdinalIgnoreCase)
                    ? null
                    : ("'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.", "messages");
            case "json_schema":
                return JsonSchemaProblem(format);
            default:
                return ($"Invalid value: '{type.GetString()}'. Supported values are: 'text', 'json_object' and 'json_schema'.", "response_format.type");
        }
    }

    private static (string, string?)? JsonSchemaProblem(JsonElement format)
    {
        if (!format.TryGetProperty("json_schema", out var definition) || definition.ValueKind != JsonValueKind.Object)
            return ("Missing required parameter: 'response_format.json_schema'.", "response_format.json_schema");
        if (!definition.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String || !SchemaName().IsMatch(name.GetString()!))
            return ("Invalid 'response_format.json_schema.name': must match ^[a-zA-Z0-9_-]{1,64}$.", "response_format.json_schema.name");
        var strict = definition.TryGetProperty("strict", out var flag) && flag.ValueKind == JsonValueKind.True;
        if (!strict)
            return null;
        if (!definition.TryGetProperty("schema", out var schema) || schema.ValueKind != JsonValueKind.Object
            || !schema.TryGetProperty("type", out var rootType) || rootType.ValueKind != JsonValueKind.String || rootType.GetString() != "object")
            return ("Invalid schema for response_format: the root schema must be an object.", "response_format");
        return StrictProblem(schema, "root") is { } problem
            ? ($"Invalid schema for response_format '{name.GetString()}': In context={problem}.", "response_format")
            : null;
    }

    private static string? StrictProblem(JsonElement schema, string context)
    {
        if (schema.ValueKind != JsonValueKind.Object)
            return null;
        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            if (!schema.TryGetProperty("additionalProperties", out var additional) || additional.ValueKind != JsonValueKind.False)
                return $"{context}, 'additionalProperties' is required to be supplied and to be false";
            var required = schema.TryGetProperty("required", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()).ToHashSet()
                : [];
            foreach (var property in properties.EnumerateObject())
            {
                if (!required.Contains(property.Name))
                    return $"{context}, 'required' is required to be supplied and to be an array including every key in properties. Missing '{property.Name}'";
                if (StrictProblem(property.Value, $"{context}.{property.Name}") is { } inner)
                    return inner;
            }
        }
        if (schema.TryGetProperty("items", out var items) && StrictProblem(items, context + "[]") is { } itemProblem)
            return itemProblem;
        foreach (var keyword in new[] { "anyOf", "allOf" })
            if (schema.TryGetProperty(keyword, out var branches) && branches.ValueKind == JsonValueKind.Array)
                foreach (var branch in branches.EnumerateArray())
                    if (StrictProblem(branch, $"{context}.{keyword}") is { } branchProblem)
                        return branchProblem;
        return null;
    }

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex SchemaName();
}
