using System.Text;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.Twilio.Inbound;

/// <summary>A webhook as Twilio signs it: the fields it carries, the ones the signature covers, and the signature.</summary>
/// <param name="Fields">Every parameter, from the form body of a POST or the query of a GET.</param>
/// <param name="SignedFields">The POST fields appended to the URL when signing; none for a GET, whose query is in the URL already.</param>
/// <param name="Signature">The <c>X-Twilio-Signature</c> header, or null.</param>
internal sealed record TwilioWebhookRequest(
    IReadOnlyList<KeyValuePair<string, string>> Fields,
    IReadOnlyList<KeyValuePair<string, string>> SignedFields,
    string? Signature)
{
    private const string SignatureHeader = "X-Twilio-Signature";

    /// <summary>Null when the request is not one Twilio sends for messaging (a JSON body, another method).</summary>
    public static TwilioWebhookRequest? Read(InboundRequest request)
    {
        var signature = Header(request, SignatureHeader);
        if (string.Equals(request.Method, "GET", StringComparison.OrdinalIgnoreCase))
            return new(FormFields.Parse(request.PublicUrl.Query), [], signature);
        if (!string.Equals(request.Method, "POST", StringComparison.OrdinalIgnoreCase) || !IsForm(request.ContentType ?? Header(request, "Content-Type")))
            return null;

        var fields = FormFields.Parse(Encoding.UTF8.GetString(request.Body.Span));
        return new(fields, fields, signature);
    }

    private static bool IsForm(string? contentType) =>
        contentType is not null && contentType.Split(';')[0].Trim().Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    // The SDK promises case-insensitive look-ups; a host that passes a plain dictionary still finds the header.
    private static string? Header(InboundRequest request, string name)
    {
        if (request.Headers.TryGetValue(name, out var value))
            return value;
        foreach (var header in request.Headers)
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
                return header.Value;
        return null;
    }
}
