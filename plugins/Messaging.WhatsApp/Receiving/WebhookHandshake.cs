using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.WhatsApp.Receiving;

/// <summary>
/// Meta verifies a webhook URL with <c>GET ?hub.mode=subscribe&amp;hub.verify_token=…&amp;hub.challenge=…</c> and expects
/// the challenge back as the body when the token is the one the tenant entered.
/// </summary>
internal static class WebhookHandshake
{
    public static InboundResult Answer(Uri publicUrl, string? verifyToken)
    {
        var query = QueryHelpers.ParseQuery(publicUrl.Query);
        var mode = query.TryGetValue("hub.mode", out var modeValue) ? modeValue.ToString() : null;
        var token = query.TryGetValue("hub.verify_token", out var tokenValue) ? tokenValue.ToString() : null;
        var challenge = query.TryGetValue("hub.challenge", out var challengeValue) ? challengeValue.ToString() : null;

        if (verifyToken is null || mode != "subscribe" || token is null || string.IsNullOrEmpty(challenge) || !SameSecret(token, verifyToken))
            return InboundResult.Rejected;
        return InboundResult.Answer(challenge, "text/plain");
    }

    /// <summary>Compares digests so neither the content nor the length of the configured token leaks through timing.</summary>
    private static bool SameSecret(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
