using System.Text.Json;
using Modular.Sdk.Extensions.Interpretation;

namespace Modular.Plugins.Interpretation.OpenAi.Requests;

/// <summary>
/// The body of <c>POST /chat/completions</c>, written with Utf8JsonWriter rather than serialised from types of this
/// plugin: System.Text.Json caches metadata of every type it serialises, which would keep an unloaded plugin in memory.
/// </summary>
internal static class CompletionRequestBody
{
    public static byte[] Write(ChatCompletionsSettings settings, QuestionSpec question, string reply)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, InterpretationPrompt.Relaxed))
        {
            json.WriteStartObject();
            json.WriteString("model", settings.Model);
            // Temperature 0: the same reply to the same question should read the same way each time.
            json.WriteNumber("temperature", 0);
            json.WriteStartArray("messages");
            Message(json, "system", InterpretationPrompt.Instructions);
            Message(json, "user", InterpretationPrompt.User(question, reply));
            json.WriteEndArray();
            json.WriteStartObject("response_format");
            if (settings.JsonSchemaFormat)
            {
                json.WriteString("type", "json_schema");
                json.WriteStartObject("json_schema");
                json.WriteString("name", AnswerSchema.Name);
                json.WriteBoolean("strict", true);
                json.WritePropertyName("schema");
                AnswerSchema.Write(json, question);
                json.WriteEndObject();
            }
            else
            {
                json.WriteString("type", "json_object");
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void Message(Utf8JsonWriter json, string role, string content)
    {
        json.WriteStartObject();
        json.WriteString("role", role);
        json.WriteString("content", content);
        json.WriteEndObject();
    }
}
