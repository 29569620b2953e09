using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.Twilio.Inbound;

/// <summary>Turns a verified webhook's fields into an inbound message or a delivery status.</summary>
internal static class TwilioWebhookReader
{
    /// <summary>An empty TwiML document: Twilio itself sends nothing back; the conversation engine answers, when it chooses to.</summary>
    public const string EmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    public const string TwimlContentType = "text/xml";

    public static InboundResult Read(IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var sid = fields.First("MessageSid") ?? fields.First("SmsSid");
        if (string.IsNullOrEmpty(sid))
            return InboundResult.Answer(EmptyTwiml, TwimlContentType);

        // A status callback carries MessageStatus; an incoming message carries a Body (SmsStatus "received" on older accounts).
        var status = fields.First("MessageStatus");
        if (status is not null && !status.Equals("received", StringComparison.OrdinalIgnoreCase))
        {
            var errorCode = fields.First("ErrorCode");
            var delivery = new DeliveryStatus(sid, status.ToLowerInvariant(), string.IsNullOrEmpty(errorCode) ? null : errorCode);
            return new InboundResult(true, [], [delivery], EmptyTwiml, TwimlContentType);
        }

        var from = fields.First("From");
        var body = fields.First("Body");
        if (string.IsNullOrEmpty(from) || body is null)
            return InboundResult.Answer(EmptyTwiml, TwimlContentType);

        var message = new InboundMessage(sid, from.Trim(), body, TwilioOptOutKeywords.IntentOf(fields.First("OptOutType"), body));
        return new InboundResult(true, [message], [], EmptyTwiml, TwimlContentType);
    }
}
