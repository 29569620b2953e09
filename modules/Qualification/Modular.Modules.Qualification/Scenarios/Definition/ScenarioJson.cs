using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modular.Modules.Qualification.Scenarios.Definition;

/// <summary>How definitions are stored and exchanged: camelCase, the shape the API documents.</summary>
internal static class ScenarioJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static string Write(ScenarioDefinition definition) => JsonSerializer.Serialize(definition, Options);

    public static ScenarioDefinition Read(string json) =>
        JsonSerializer.Deserialize<ScenarioDefinition>(json, Options) ?? throw new InvalidOperationException("A stored scenario is empty.");
}
