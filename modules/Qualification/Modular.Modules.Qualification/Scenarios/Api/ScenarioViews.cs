using Modular.Modules.Qualification.Scenarios.Definition;
using Modular.Modules.Qualification.Scenarios.Storage;
using Modular.Sdk.Extensions.Interpretation;
using Modular.Sdk.Platform;

namespace Modular.Modules.Qualification.Scenarios.Api;

/// <summary>A scenario as the API shows it: its current version's definition and the sources whose leads get it.</summary>
internal sealed record ScenarioView(Guid Id, string Name, bool IsDefault, int Version, ScenarioDefinition Definition, IReadOnlyList<Guid> Sources, DateTimeOffset UpdatedAt)
{
    public static ScenarioView From(Scenario scenario, IEnumerable<Guid> sources) =>
        new(scenario.Id, scenario.Name, scenario.IsDefault, scenario.Version, ScenarioJson.Read(scenario.Definition), [.. sources], scenario.UpdatedAt);
}

/// <summary>What a client sends to create a scenario or revise one.</summary>
/// <param name="IsDefault">Make it the scenario leads get when their source was given none.</param>
/// <param name="Sources">Lead sources whose leads get this scenario (taken from any other scenario); null leaves them as they are.</param>
internal sealed record ScenarioRequest(string Name, ScenarioDefinition Definition, bool IsDefault = false, IReadOnlyList<Guid>? Sources = null)
{
    /// <summary>The definition as stored: verdicts in their canonical spelling.</summary>
    public ScenarioDefinition CanonicalDefinition() => Definition.WithCanonicalVerdicts();

    public Dictionary<string, string[]> Errors(IExtensionPoints extensions)
    {
        var errors = Definition is null
            ? new Dictionary<string, string[]> { ["definition"] = ["Give the scenario's definition."] }
            : ScenarioValidation.Validate(Definition.WithCanonicalVerdicts());
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100)
            errors["name"] = ["Give a name of 1 to 100 characters."];
        // Checked against the interpreters running now; one removed later falls back to the built-in interpreter.
        var interpreters = extensions.All<IAnswerInterpreter>().Select(i => i.Key).ToList();
        if (Definition?.Interpreter is { } key && !interpreters.Contains(key))
            errors["definition.interpreter"] = [$"No interpreter '{key}' runs here; use one of: {string.Join(", ", interpreters)}."];
        return errors;
    }
}
