using Modular.Modules.Qualification.Scenarios.Definition;
using Modular.Modules.Qualification.Scenarios.Storage;

namespace Modular.Modules.Qualification.Scenarios.Api;

/// <summary>A scenario as the API shows it: its current version's definition.</summary>
internal sealed record ScenarioView(Guid Id, string Name, bool IsDefault, int Version, ScenarioDefinition Definition, DateTimeOffset UpdatedAt)
{
    public static ScenarioView From(Scenario scenario) =>
        new(scenario.Id, scenario.Name, scenario.IsDefault, scenario.Version, ScenarioJson.Read(scenario.Definition), scenario.UpdatedAt);
}

/// <summary>What a client sends to create a scenario or revise one.</summary>
internal sealed record ScenarioRequest(string Name, ScenarioDefinition Definition, bool IsDefault = false)
{
    /// <summary>The definition as stored: verdicts in their canonical spelling.</summary>
    public ScenarioDefinition CanonicalDefinition() => Definition.WithCanonicalVerdicts();

    public Dictionary<string, string[]> Errors()
    {
        var errors = Definition is null
            ? new Dictionary<string, string[]> { ["definition"] = ["Give the scenario's definition."] }
            : ScenarioValidation.Validate(Definition.WithCanonicalVerdicts());
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100)
            errors["name"] = ["Give a name of 1 to 100 characters."];
        return errors;
    }
}
