using System.Text.Json;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Plugins.Interpretation.OpenAi.Requests;

/// <summary>
/// The JSON Schema of the answer, for Structured Outputs in strict mode: every property required, no other property
/// allowed, "absent" written as null. The value's type follows the question, and a choice's value is an enum of the
/// question's choices, so a compliant provider cannot even produce a choice that is not offered.
/// </summary>
internal static class AnswerSchema
{
    public const string Name = "answer_interpretation";

    public static readonly string[] Properties = ["understood", "value", "min", "max", "confidence", "optOut", "explanation"];

    public static void Write(Utf8JsonWriter json, QuestionSpec question)
    {
        json.WriteStartObject();
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        Property(json, "understood", "boolean", "Whether the reply answers the question.");
        json.WritePropertyName("value");
        Value(json, question);
        Property(json, "min", ["number", "null"], "For number questions: the low end of a range, or the number itself; null when open or not a number question.");
        Property(json, "max", ["number", "null"], "For number questions: the high end of a range, or the number itself; null when open or not a number question.");
        Property(json, "confidence", "number", "How sure the reading is, from 0 to 1.");
        Property(json, "optOut", "boolean", "Whether the reply asks to stop being contacted.");
        Property(json, "explanation", "string", "One short sentence, in the conversation's language, saying how the reply was read.");
        json.WriteEndObject();
        json.WriteStartArray("required");
        foreach (var property in Properties)
            json.WriteStringValue(property);
        json.WriteEndArray();
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter json, QuestionSpec question)
    {
        switch (question.Type)
        {
            case QuestionTypes.YesNo:
                Schema(json, ["boolean", "null"], "true for yes, false for no; null when not understood.");
                break;
            case QuestionTypes.Number:
                Schema(json, ["number", "null"], "The number (the middle of a range, the bound of an open range); null when not understood.");
                break;
            case QuestionTypes.Choice:
                json.WriteStartObject();
                json.WriteString("description", "Exactly one of the choices' values; null when not understood.");
                json.WriteStartArray("anyOf");
                json.WriteStartObject();
                json.WriteString("type", "string");
                json.WriteStartArray("enum");
                foreach (var choice in question.Choices ?? [])
                    json.WriteStringValue(choice.Value);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("type", "null");
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
                break;
            case QuestionTypes.Date:
                Schema(json, ["string", "null"], "The date as yyyy-MM-dd; null when not understood.");
                break;
            default:
                Schema(json, ["string", "null"], "The answer as the lead wrote it; null when not understood.");
                break;
        }
    }

    private static void Property(Utf8JsonWriter json, string name, string type, string description)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteString("description", description);
        json.WriteEndObject();
    }

    private static void Property(Utf8JsonWriter json, string name, string[] types, string description)
    {
        json.WritePropertyName(name);
        Schema(json, types, description);
    }

    private static void Schema(Utf8JsonWriter json, string[] types, string description)
    {
        json.WriteStartObject();
        json.WriteStartArray("type");
        foreach (var type in types)
            json.WriteStringValue(type);
        json.WriteEndArray();
        json.WriteString("description", description);
        json.WriteEndObject();
    }
}
