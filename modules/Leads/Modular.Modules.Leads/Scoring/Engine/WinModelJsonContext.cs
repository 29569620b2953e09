using System.Text.Json.Serialization;

namespace Modular.Modules.Leads.Scoring.Engine;

/// <summary>
/// The stored form of <see cref="WinModel"/>. Generated at compile time rather than reflected, so serialising it
/// leaves nothing in System.Text.Json's shared caches that would keep an unloaded module version alive.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WinModel))]
internal sealed partial class WinModelJsonContext : JsonSerializerContext;
