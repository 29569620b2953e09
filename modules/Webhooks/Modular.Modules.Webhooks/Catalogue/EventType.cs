using System.Text.Json.Nodes;

namespace Modular.Modules.Webhooks.Catalogue;

/// <summary>One kind of event partners can subscribe to, with the JSON schema of the message they receive.</summary>
/// <param name="Type">The name partners filter on, for example <c>lead.received</c>.</param>
/// <param name="Description">When it is sent, and what personal data it carries.</param>
/// <param name="Data">The fields of <c>data</c>: name → (JSON schema type, description). A type ending in <c>?</c> may be null.</param>
internal sealed record EventType(string Type, string Description, IReadOnlyDictionary<string, (string Type, string Description)> Data)
{
    /// <summary>The whole message's schema: the envelope, with <c>type</c> fixed to this type and <c>data</c> described.</summary>
    public JsonObject Schema()
    {
        var properties = new JsonObject();
        foreach (var (name, (type, description)) in Data)
            properties[name] = Field(type, description);
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = Type,
            ["type"] = "object",
            ["required"] = new JsonArray("type", "timestamp", "data"),
            ["properties"] = new JsonObject
            {
                ["type"] = new JsonObject { ["const"] = Type },
                ["timestamp"] = new JsonObject { ["type"] = "string", ["format"] = "date-time", ["description"] = "When it happened (UTC)." },
                ["data"] = new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray([.. Data.Keys.Select(k => (JsonNode)k)]),
                    ["properties"] = properties,
                },
            },
        };
    }

    private static JsonObject Field(string type, string description)
    {
        var nullable = type.EndsWith('?');
        var bare = type.TrimEnd('?');
        var field = new JsonObject { ["description"] = description };
        if (bare == "uuid")
        {
            field["type"] = nullable ? new JsonArray("string", "null") : "string";
            field["format"] = "uuid";
        }
        else if (bare == "string[]")
        {
            field["type"] = "array";
            field["items"] = new JsonObject { ["type"] = "string" };
        }
        else if (bare == "uuid[]")
        {
            field["type"] = "array";
            field["items"] = new JsonObject { ["type"] = "string", ["format"] = "uuid" };
        }
        else
            field["type"] = nullable ? new JsonArray(bare, "null") : bare;
        return field;
    }
}
