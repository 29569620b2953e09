using System.Text.Json;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.WhatsApp.Sending;

/// <summary>
/// The JSON of a send request: free text, or the configured template carrying the text as its one body variable.
/// Written with Utf8JsonWriter rather than serialised from types, so System.Text.Json caches nothing of this plugin.
/// </summary>
internal static class MessageRequestBody
{
    public static byte[] Build(string to, OutboundMessage message, WhatsAppSettings settings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("messaging_product", "whatsapp");
            json.WriteString("recipient_type", "individual");
            json.WriteString("to", to);
            if (message.OutsideFreeTextWindow)
                WriteTemplate(json, message.Body, settings);
            else
                WriteText(json, message.Body);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteText(Utf8JsonWriter json, string body)
    {
        json.WriteString("type", "text");
        json.WriteStartObject("text");
        json.WriteBoolean("preview_url", false);
        json.WriteString("body", body);
        json.WriteEndObject();
    }

    private static void WriteTemplate(Utf8JsonWriter json, string body, WhatsAppSettings settings)
    {
        json.WriteString("type", "template");
        json.WriteStartObject("template");
        json.WriteString("name", settings.TemplateName);
        json.WriteStartObject("language");
        json.WriteString("code", settings.TemplateLanguage);
        json.WriteEndObject();
        json.WriteStartArray("components");
        json.WriteStartObject();
        json.WriteString("type", "body");
        json.WriteStartArray("parameters");
        json.WriteStartObject();
        json.WriteString("type", "text");
        // Meta refuses template variables with new lines or tabs, or more than four spaces in a row.
        json.WriteString("text", TemplateVariable.Flatten(body));
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
