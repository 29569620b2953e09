using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.Twilio.Inbound;

/// <summary>What Twilio did with a message's keyword: with Advanced Opt-Out it says so in <c>OptOutType</c>; otherwise it
/// still applies its default keywords on its own, and the next send to that number fails with 21610.</summary>
internal static class TwilioOptOutKeywords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT",
    };

    // Twilio also counts YES as a start word; here "yes" is far more often an answer to a question, and a number that
    // was not opted out loses nothing by it being read as one.
    private static readonly HashSet<string> StartWords = new(StringComparer.OrdinalIgnoreCase) { "START", "UNSTOP" };

    public static InboundIntent IntentOf(string? optOutType, string body)
    {
        if (!string.IsNullOrEmpty(optOutType))
        {
            return optOutType.ToUpperInvariant() switch
            {
                "STOP" => InboundIntent.OptOut,
                "START" => InboundIntent.OptIn,
                _ => InboundIntent.Message, // HELP: Twilio answered with the help text; the message is still read.
            };
        }

        var word = body.Trim().TrimEnd('.', '!');
        return StopWords.Contains(word) ? InboundIntent.OptOut
            : StartWords.Contains(word) ? InboundIntent.OptIn
            : InboundIntent.Message;
    }
}
