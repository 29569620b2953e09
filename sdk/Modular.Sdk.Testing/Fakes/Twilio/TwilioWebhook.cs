using System.Globalization;

namespace Modular.Sdk.Testing.Fakes.Twilio;

/// <summary>
/// A webhook call as Twilio makes it: form fields posted to a URL and signed with <c>X-Twilio-Signature</c>. Lets tests
/// of a host play Twilio's side: an incoming message, a delivery status, or the same with a signature that does not verify.
/// </summary>
public sealed class TwilioWebhook
{
    private readonly List<KeyValuePair<string, string>> fields;

    private TwilioWebhook(IEnumerable<KeyValuePair<string, string>> fields) => this.fields = [.. fields];

    /// <summary>The form fields, in the order they are posted.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields => fields;

    /// <summary>An incoming SMS, with the fields Twilio posts for one.</summary>
    /// <param name="from">The sender's number, E.164.</param>
    /// <param name="to">The account's number it was sent to.</param>
    /// <param name="body">The text.</param>
    /// <param name="messageSid">Twilio's id of the message (the same on a repeated delivery); a new one when null.</param>
    /// <param name="optOutType">With Advanced Opt-Out: <c>STOP</c>, <c>START</c> or <c>HELP</c> when the body was such a keyword.</param>
    /// <param name="accountSid">The account the number belongs to.</param>
    public static TwilioWebhook IncomingMessage(string from, string to, string body, string? messageSid = null, string? optOutType = null, string accountSid = FakeTwilioServer.DefaultAccountSid)
    {
        var sid = messageSid ?? "SM" + Guid.NewGuid().ToString("N");
        var webhook = new TwilioWebhook(
        [
            new("ToCountry", "US"),
            new("SmsMessageSid", sid),
            new("NumMedia", "0"),
            new("SmsSid", sid),
            new("SmsStatus", "received"),
            new("Body", body),
            new("To", to),
            new("NumSegments", SmsSegments.Count(body).ToString(CultureInfo.InvariantCulture)),
            new("MessageSid", sid),
            new("AccountSid", accountSid),
            new("From", from),
            new("ApiVersion", "2010-04-01"),
        ]);
        return optOutType is null ? webhook : webhook.With("OptOutType", optOutType);
    }

    /// <summary>A delivery status of a message sent earlier, with the fields Twilio posts to its <c>StatusCallback</c>.</summary>
    /// <param name="messageSid">The id Twilio answered when the message was sent.</param>
    /// <param name="status">queued, sent, delivered, undelivered or failed.</param>
    /// <param name="from">The sender of the message.</param>
    /// <param name="to">Its recipient.</param>
    /// <param name="errorCode">Twilio's error code for undelivered or failed.</param>
    /// <param name="accountSid">The account that sent it.</param>
    public static TwilioWebhook StatusCallback(string messageSid, string status, string from, string to, string? errorCode = null, string accountSid = FakeTwilioServer.DefaultAccountSid)
    {
        var webhook = new TwilioWebhook(
        [
            new("SmsSid", messageSid),
            new("SmsStatus", status),
            new("MessageStatus", status),
            new("To", to),
            new("MessageSid", messageSid),
            new("AccountSid", accountSid),
            new("From", from),
            new("ApiVersion", "2010-04-01"),
        ]);
        return errorCode is null ? webhook : webhook.With("ErrorCode", errorCode);
    }

    /// <summary>A copy with the field set to <paramref name="value"/> (replaced when present, added otherwise).</summary>
    public TwilioWebhook With(string name, string value)
    {
        var copy = new TwilioWebhook(fields.Where(field => field.Key != name));
        copy.fields.Add(new(name, value));
        return copy;
    }

    /// <summary>The signature Twilio would send for this webhook posted to <paramref name="signedUrl"/>.</summary>
    public string SignatureFor(Uri signedUrl, string authToken) => TwilioSignature.Compute(authToken, signedUrl.AbsoluteUri, fields);

    /// <summary>The POST request, signed.</summary>
    /// <param name="url">Where the request goes.</param>
    /// <param name="authToken">The account's auth token.</param>
    /// <param name="signedUrl">The public URL Twilio was configured with, when the request goes elsewhere (through a proxy); <paramref name="url"/> when null.</param>
    public HttpRequestMessage CreateRequest(Uri url, string authToken, Uri? signedUrl = null) =>
        CreateRequestSignedWith(url, SignatureFor(signedUrl ?? url, authToken));

    /// <summary>The POST request with a signature made with another token: what a forger could send.</summary>
    public HttpRequestMessage CreateRequestWithWrongSignature(Uri url) =>
        CreateRequestSignedWith(url, SignatureFor(url, "not-the-auth-token"));

    /// <summary>Signs and posts the webhook.</summary>
    /// <param name="client">The client that reaches <paramref name="url"/>.</param>
    /// <param name="url">Where the request goes.</param>
    /// <param name="authToken">The account's auth token.</param>
    /// <param name="signedUrl">The public URL Twilio was configured with, when the request goes elsewhere; <paramref name="url"/> when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<HttpResponseMessage> PostAsync(HttpClient client, Uri url, string authToken, Uri? signedUrl = null, CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(url, authToken, signedUrl);
        return await client.SendAsync(request, cancellationToken);
    }

    private HttpRequestMessage CreateRequestSignedWith(Uri url, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.TryAddWithoutValidation(TwilioSignature.HeaderName, signature);
        request.Headers.TryAddWithoutValidation("I-Twilio-Idempotency-Token", Guid.NewGuid().ToString());
        return request;
    }
}
