using System.Text.Json;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.WhatsApp.Receiving;

/// <summary>
/// Reads <c>{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"messages":[…],"statuses":[…]}}]}]}</c>.
/// Meta batches: one POST may carry several entries, changes, messages and statuses.
/// </summary>
internal static class WebhookPayloadReader
{
    public static WebhookPayload Read(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            // Signed by Meta yet unreadable: nothing to store, and a redelivery would be just as unreadable.
            return WebhookPayload.Empty;
        }

        using (document)
        {
            var messages = new List<InboundMessage>();
            var statuses = new List<DeliveryStatus>();
            foreach (var value in ChangeValues(document.RootElement))
            {
                foreach (var message in Array(value, "messages"))
                {
                    if (InboundMessageReader.Read(message) is { } read)
                        messages.Add(read);
                }

                foreach (var status in Array(value, "statuses"))
                {
                    if (ReadStatus(status) is { } read)
                        statuses.Add(read);
                }
            }

            return new WebhookPayload(messages, statuses);
        }
    }

    private static IEnumerable<JsonElement> ChangeValues(JsonElement root)
    {
        foreach (var entry in Array(root, "entry"))
        {
            foreach (var change in Array(entry, "changes"))
            {
                if (change.ValueKind == JsonValueKind.Object && change.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object)
                    yield return value;
            }
        }
    }

    /// <summary>{"id":"wamid…","status":"sent|delivered|read|failed","timestamp":"…","recipient_id":"…","errors":[{"code":131047,"title":…}]}</summary>
    private static DeliveryStatus? ReadStatus(JsonElement status)
    {
        var id = Json.String(status, "id");
        var state = Json.String(status, "status");
        if (id is null || state is null)
            return null;
        var errorCode = Array(status, "errors").Select(error => Json.Scalar(error, "code")).FirstOrDefault(code => code is not null);
        return new DeliveryStatus(id, state, errorCode, Json.UnixTime(status, "timestamp"));
    }

    internal static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : [];
}
