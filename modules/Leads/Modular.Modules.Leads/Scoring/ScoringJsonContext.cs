using System.Text.Json.Serialization;
using Modular.Modules.Leads.Scoring.Engine;

namespace Modular.Modules.Leads.Scoring;

/// <summary>
/// Every JSON the scoring tables hold. Generated at compile time so storing a policy or a score's reasons leaves
/// nothing in System.Text.Json's shared caches that would keep an unloaded module version alive.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ScoringPolicy))]
[JsonSerializable(typeof(List<ScoreReason>))]
[JsonSerializable(typeof(List<WinFactor>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(Dictionary<string, string?>))]
internal sealed partial class ScoringJsonContext : JsonSerializerContext;
