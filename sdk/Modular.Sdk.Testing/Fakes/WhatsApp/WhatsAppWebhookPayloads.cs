using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Modular.Sdk.Testing.Fakes.WhatsApp;

/// <summary>
/// Builds webhook bodies shaped like Meta's: <c>{"object":"whatsapp_business_account","entry":[{"id","changes":[{"field":"messages","value":{…}}]}]}</c>.
/// Build the messages and statuses, group them with <see cref="Entry"/>, and serialise with <see cref="Body"/>.
/// </summary>
/// <remarks>
/// Serialised as Meta does, with non-ASCII characters escaped (<c>\u00e9</c>): a receiver that re-serialises the JSON
/// before checking the signature gets different bytes.
/// </remarks>
public static class WhatsAppWebhookPayloads
{
    /// <summary>A text message the lead sent: <c>{"from","id","timestamp","type":"text","text":{"body"}}</c>.</summary>
    /// <param name="from">Sender, E.164 or digits (sent as digits, like a <c>wa_id</c>).</param>
    /// <param name="text">What the lead wrote.</param>
    /// <param name="wamid">The message id; a new one when null.</param>
    /// <param name="sentAt">When it was sent; now when null.</param>
    public static JsonObject Text(string from, string text, string? wamid = null, DateTimeOffset? sentAt = null) =>
        Message(from, "text", wamid, sentAt, new JsonObject { ["body"] = text });

    /// <summary>A tap on a reply button of an interactive message: <c>{"type":"interactive","interactive":{"type":"button_reply","button_reply":{"id","title"}}}</c>.</summary>
    /// <param name="from">Sender, E.164 or digits.</param>
    /// <param name="buttonId">The id the business gave the button.</param>
    /// <param name="title">The button's label.</param>
    /// <param name="wamid">The message id; a new one when null.</param>
    /// <param name="sentAt">When it was sent; now when null.</param>
    public static JsonObject ButtonReply(string from, string buttonId, string title, string? wamid = null, DateTimeOffset? sentAt = null) =>
        Interactive(from, "button_reply", new JsonObject { ["id"] = buttonId, ["title"] = title }, wamid, sentAt);

    /// <summary>A choice in a list message: <c>{"type":"interactive","interactive":{"type":"list_reply","list_reply":{"id","title","description"}}}</c>.</summary>
    /// <param name="from">Sender, E.164 or digits.</param>
    /// <param name="rowId">The id the business gave the row.</param>
    /// <param name="title">The row's title.</param>
    /// <param name="description">The row's description, if any.</param>
    /// <param name="wamid">The message id; a new one when null.</param>
    /// <param name="sentAt">When it was sent; now when null.</param>
    public static JsonObject ListReply(string from, string rowId, string title, string? description = null, string? wamid = null, DateTimeOffset? sentAt = null)
    {
        var reply = new JsonObject { ["id"] = rowId, ["title"] = title };
        if (description is not null)
            reply["description"] = description;
        return Interactive(from, "list_reply", reply, wamid, sentAt);
    }

    /// <summary>A tap on a quick-reply button of a template: <c>{"type":"button","button":{"text","payload"}}</c>.</summary>
    /// <param name="from">Sender, E.164 or digits.</param>
    /// <param name="text">The button's label.</param>
    /// <param name="payload">The payload the template gave the button.</param>
    /// <param name="wamid">The message id; a new one when null.</param>
    /// <param name="sentAt">When it was sent; now when null.</param>
    public static JsonObject QuickReplyButton(string from, string text, string payload, string? wamid = null, DateTimeOffset? sentAt = null) =>
        Message(from, "button", wamid, sentAt, new JsonObject { ["text"] = text, ["payload"] = payload });

    /// <summary>A message of another type (image, audio, sticker, …) with the given content object.</summary>
    /// <param name="from">Sender, E.164 or digits.</param>
    /// <param name="type">The message type, also the name of its content property.</param>
    /// <param name="content">The content, for example <c>{"id":"…","mime_type":"image/jpeg","caption":"…"}</c>.</param>
    /// <param name="wamid">The message id; a new one when null.</param>
    /// <param name="sentAt">When it was sent; now when null.</param>
    public static JsonObject OtherMessage(string from, string type, JsonObject content, string? wamid = null, DateTimeOffset? sentAt = null) =>
        Message(from, type, wamid, sentAt, content);

    /// <summary>
    /// A delivery status of a message the business sent: <c>{"id","status","timestamp","recipient_id"}</c>, with
    /// <c>errors:[{"code","title","message","error_data":{"details"}}]</c> when <paramref name="errorCode"/> is given.
    /// </summary>
    /// <param name="wamid">The id the send answered with.</param>
    /// <param name="status">sent, delivered, read or failed.</param>
    /// <param name="recipient">The recipient, E.164 or digits.</param>
    /// <param name="errorCode">Meta's error code for a failure, for example 131047 or 131026.</param>
    /// <param name="at">When it happened; now when null.</param>
    public static JsonObject Status(string wamid, string status, string recipient, int? errorCode = null, DateTimeOffset? at = null)
    {
        var node = new JsonObject
        {
            ["id"] = wamid,
            ["status"] = status,
            ["timestamp"] = UnixTime(at),
            ["recipient_id"] = Digits(recipient),
        };
        if (errorCode is { } code)
        {
            node["errors"] = new JsonArray(new JsonObject
            {
                ["code"] = code,
                ["title"] = ErrorTitle(code),
                ["message"] = ErrorTitle(code),
                ["error_data"] = new JsonObject { ["details"] = ErrorTitle(code) },
            });
        }

        return node;
    }

    /// <summary>
    /// One entry of a webhook: the business account's change with the given messages and statuses (each built above).
    /// Messages and statuses go to <c>value.messages</c> and <c>value.statuses</c>.
    /// </summary>
    /// <param name="phoneNumberId">The receiving number's id, in <c>value.metadata.phone_number_id</c>.</param>
    /// <param name="items">Messages and statuses, in order.</param>
    public static JsonObject Entry(string phoneNumberId, params JsonObject[] items)
    {
        var messages = items.Where(item => !item.ContainsKey("status")).ToList();
        var statuses = items.Where(item => item.ContainsKey("status")).ToList();
        var value = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["metadata"] = new JsonObject { ["display_phone_number"] = "15550000000", ["phone_number_id"] = phoneNumberId },
        };
        if (messages.Count > 0)
        {
            value["contacts"] = new JsonArray([.. messages.Select(message => (JsonNode)new JsonObject
            {
                ["profile"] = new JsonObject { ["name"] = "Lead" },
                ["wa_id"] = message["from"]!.GetValue<string>(),
            })]);
            value["messages"] = new JsonArray([.. messages.Select(message => (JsonNode)message.DeepClone())]);
        }

        if (statuses.Count > 0)
            value["statuses"] = new JsonArray([.. statuses.Select(status => (JsonNode)status.DeepClone())]);

        return new JsonObject
        {
            ["id"] = "102290129340398",
            ["changes"] = new JsonArray(new JsonObject { ["value"] = value, ["field"] = "messages" }),
        };
    }

    /// <summary>The whole webhook body for the given entries.</summary>
    /// <param name="entries">Entries built with <see cref="Entry"/>.</param>
    public static string Body(params JsonObject[] entries) =>
        new JsonObject
        {
            ["object"] = "whatsapp_business_account",
            ["entry"] = new JsonArray([.. entries.Select(entry => (JsonNode)entry.DeepClone())]),
        }.ToJsonString();

    /// <summary>A new message id shaped like Meta's.</summary>
    public static string NewWamid() => "wamid." + Convert.ToBase64String(RandomNumberGenerator.GetBytes(30));

    private static JsonObject Interactive(string from, string kind, JsonObject reply, string? wamid, DateTimeOffset? sentAt) =>
        Message(from, "interactive", wamid, sentAt, new JsonObject { ["type"] = kind, [kind] = reply });

    private static JsonObject Message(string from, string type, string? wamid, DateTimeOffset? sentAt, JsonObject content) =>
        new()
        {
            ["from"] = Digits(from),
            ["id"] = wamid ?? NewWamid(),
            ["timestamp"] = UnixTime(sentAt),
            ["type"] = type,
            [type] = content,
        };

    private static string UnixTime(DateTimeOffset? at) =>
        (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Digits(string phoneNumber) => new(phoneNumber.Where(char.IsAsciiDigit).ToArray());

    private static string ErrorTitle(int code) => code switch
    {
        131047 => "Re-engagement message",
        131026 => "Message undeliverable",
        131050 => "User stopped marketing messages",
        130429 => "Rate limit hit",
        _ => "Message failed to send",
    };
}
