using System.Text.Json.Nodes;

namespace Modular.Plugins.Interpretation.OpenAi.Tests.Infrastructure;

/// <summary>The JSON a model writes as its message content, in the shape the interpreter asks for.</summary>
internal static class ModelAnswers
{
    public static string Understood(JsonNode? value, decimal? min = null, decimal? max = null, double confidence = 0.9, string explanation = "Read as asked.") =>
        Of(true, value, min, max, confidence, optOut: false, explanation);

    public static string NotUnderstood(double confidence = 0.2, string explanation = "The reply does not answer the question.") =>
        Of(false, null, null, null, confidence, optOut: false, explanation);

    public static string OptOut() => Of(false, null, null, null, 0.97, optOut: true, "The lead asks not to be contacted again.");

    public static string Of(bool understood, JsonNode? value, decimal? min, decimal? max, double confidence, bool optOut, string explanation) =>
        new JsonObject
        {
            ["understood"] = understood,
            ["value"] = value,
            ["min"] = min,
            ["max"] = max,
            ["confidence"] = confidence,
            ["optOut"] = optOut,
            ["explanation"] = explanation,
        }.ToJsonString();
}
