using System.Text.Json;

namespace Modular.Modules.Leads.Intake.JsonHook;

/// <summary>Finds values in a JSON document by JSON pointer (<c>/contact/email</c>) or dotted path (<c>contact.email</c>).</summary>
internal static class JsonPaths
{
    public static bool TryFind(JsonElement root, string path, out JsonElement value)
    {
        value = root;
        foreach (var segment in Segments(path))
        {
            if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty(segment, out var child))
                value = child;
            else if (value.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var index) && index >= 0 && index < value.GetArrayLength())
                value = value[index];
            else
                return false;
        }
        return true;
    }

    /// <summary>The dotted path of every scalar in the document, with its text; arrays of scalars become one comma-joined value.</summary>
    public static IEnumerable<(string Path, string Text)> Leaves(JsonElement element, string prefix = "")
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    foreach (var leaf in Leaves(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}.{property.Name}"))
                        yield return leaf;
                break;
            case JsonValueKind.Array when element.EnumerateArray().All(IsScalar):
                yield return (prefix, string.Join(',', element.EnumerateArray().Select(Text)));
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    foreach (var leaf in Leaves(item, $"{prefix}.{i++}"))
                        yield return leaf;
                break;
            case JsonValueKind.Null or JsonValueKind.Undefined:
                break;
            default:
                yield return (prefix, Text(element));
                break;
        }
    }

    /// <summary>The dotted form of a path, so a mapping written as a pointer and a leaf found by walking compare equal.</summary>
    public static string Dotted(string path) => string.Join('.', Segments(path));

    public static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Null => "",
        _ => element.GetRawText(),
    };

    private static bool IsScalar(JsonElement element) => element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);

    private static IEnumerable<string> Segments(string path) =>
        path.StartsWith('/')
            ? path[1..].Split('/').Select(s => s.Replace("~1", "/").Replace("~0", "~"))
            : path.Split('.');
}
