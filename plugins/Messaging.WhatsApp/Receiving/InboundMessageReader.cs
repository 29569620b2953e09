using System.Text.Json;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.WhatsApp.Receiving;

/// <summary>
/// One element of <c>value.messages[]</c>: <c>{"from":"33612345678","id":"wamid…","timestamp":"…","type":"text","text":{"body":"…"}}</c>.
/// </summary>
/// <remarks>
/// Every message the lead sent is kept, even one without text (a photo, a voice note, a sticker, a reaction): it
/// proves the lead answered and reopens the 24-hour window. Such a message carries its caption, or an empty text the
/// interpreter reads as not understood; a reaction carries its emoji. Only <c>system</c> messages (Meta's notices, such as a changed number) are skipped.
/// </remarks>
internal static class InboundMessageReader
{
    public static InboundMessage? Read(JsonElement message)
    {
        var id = Json.String(message, "id");
        var from = Json.String(message, "from");
        var type = Json.String(message, "type");
        if (id is null || from is null || type == "system")
            return null;
        return new InboundMessage(id, PhoneNumber.FromWhatsAppId(from), TextOf(message, type), InboundIntent.Message, Json.UnixTime(message, "timestamp"));
    }

    private static string TextOf(JsonElement message, string? type) => type switch
    {
        "text" => Json.Object(message, "text") is { } text ? Json.String(text, "body") ?? "" : "",
        "interactive" => InteractiveTitle(message),
        // A quick-reply button of a template: {"button":{"text":"Oui","payload":"…"}}.
        "button" => Json.Object(message, "button") is { } button ? Json.String(button, "text") ?? "" : "",
        "image" or "video" or "document" => Json.Object(message, type) is { } media ? Json.String(media, "caption") ?? "" : "",
        // A reaction to one of our questions ({"reaction":{"message_id","emoji":"👍"}}) is an answer the interpreter can read.
        "reaction" => Json.Object(message, "reaction") is { } reaction ? Json.String(reaction, "emoji") ?? "" : "",
        _ => "",
    };

    /// <summary>{"interactive":{"type":"button_reply","button_reply":{"id":"…","title":"Oui"}}}, or list_reply with a row's id, title and description.</summary>
    private static string InteractiveTitle(JsonElement message)
    {
        if (Json.Object(message, "interactive") is not { } interactive || Json.String(interactive, "type") is not { } kind)
            return "";
        return Json.Object(interactive, kind) is { } reply ? Json.String(reply, "title") ?? "" : "";
    }
}
