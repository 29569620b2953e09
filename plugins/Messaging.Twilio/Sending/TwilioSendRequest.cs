namespace Modular.Plugins.Messaging.Twilio.Sending;

/// <summary>Everything one call to the Messages API needs.</summary>
internal sealed record TwilioSendRequest(Uri BaseUrl, string AccountSid, string AuthToken, string To, TwilioSender Sender, string Body, Uri StatusCallback)
{
    public Uri MessagesUrl => new($"{BaseUrl.AbsoluteUri.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(AccountSid)}/Messages.json");

    // Not the generated record ToString: it would print the auth token into any log that formats this request.
    public override string ToString() => $"message to {To} for account {AccountSid}";
}
