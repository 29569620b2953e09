namespace Modular.Sdk.Extensions.Messaging;

/// <summary>A tenant's configuration of one channel.</summary>
/// <param name="BaseUrl">Root of the provider's API, configurable for tests and self-hosters.</param>
/// <param name="Settings">Channel-specific settings (names from <see cref="ChannelDescriptor.Settings"/>), secrets already decrypted.</param>
/// <param name="InboundUrl">The public URL the provider calls for this connection (inbound messages and delivery statuses), as the provider sees it.</param>
public sealed record ChannelConnection(Uri BaseUrl, IReadOnlyDictionary<string, string> Settings, Uri InboundUrl);

/// <summary>What a channel is and what a tenant configures for it.</summary>
/// <param name="DisplayName">Name shown to clients, for example <c>Twilio SMS</c>.</param>
/// <param name="AddressKind">What a recipient address is: <c>phone</c> (E.164) or <c>email</c>.</param>
/// <param name="DefaultBaseUrl">The provider's production API root, used when the tenant gives none.</param>
/// <param name="Settings">The settings a tenant's configuration holds.</param>
/// <param name="FreeTextWindow">
/// For providers that accept free text only for a while after the recipient's last message (WhatsApp: 24 hours),
/// that while; outside it the host asks for a template (<see cref="OutboundMessage.OutsideFreeTextWindow"/>). Null when free text is always allowed.
/// </param>
public sealed record ChannelDescriptor(string DisplayName, string AddressKind, Uri DefaultBaseUrl, IReadOnlyList<ChannelSetting> Settings, TimeSpan? FreeTextWindow = null);

/// <summary>One setting of a channel configuration.</summary>
/// <param name="Name">Key in <see cref="ChannelConnection.Settings"/>, for example <c>authToken</c>.</param>
/// <param name="Description">What it is and where the client finds it.</param>
/// <param name="Secret">Encrypted at rest and never returned by the API.</param>
/// <param name="Required">The configuration is refused without it.</param>
public sealed record ChannelSetting(string Name, string Description, bool Secret = false, bool Required = true);

/// <summary>A message to send.</summary>
/// <param name="To">Recipient address (E.164 phone number for SMS and WhatsApp, an email address for email).</param>
/// <param name="Body">Text of the message.</param>
/// <param name="Subject">For email: the subject line.</param>
/// <param name="OutsideFreeTextWindow">The recipient has not written within the channel's <see cref="ChannelDescriptor.FreeTextWindow"/>: send the configured approved template instead of free text.</param>
public sealed record OutboundMessage(string To, string Body, string? Subject = null, bool OutsideFreeTextWindow = false);

/// <summary>The result of sending one message.</summary>
/// <param name="Outcome">Created when the provider accepted it; failures say whether retrying may help.</param>
/// <param name="ProviderMessageId">The provider's id of the message, used to match delivery statuses.</param>
/// <param name="Segments">Billable segments the provider counted.</param>
/// <param name="Message">A reason for failures, never containing secrets.</param>
/// <param name="ErrorCode">The provider's error code, for example Twilio's <c>21610</c>.</param>
/// <param name="RecipientOptedOut">The provider refused because the recipient unsubscribed (Twilio 21610): never send to it again.</param>
/// <param name="RetryAfter">For retryable failures, how long the provider asked to wait.</param>
public sealed record SendResult(
    RemoteOutcome Outcome,
    string? ProviderMessageId = null,
    int Segments = 1,
    string? Message = null,
    string? ErrorCode = null,
    bool RecipientOptedOut = false,
    TimeSpan? RetryAfter = null);

/// <summary>One HTTP request a provider sent to a connection's inbound URL, as received.</summary>
/// <param name="Method">GET or POST.</param>
/// <param name="PublicUrl">The full URL as the provider called it (scheme and host as seen behind any trusted proxy, query included): what signatures cover.</param>
/// <param name="Headers">Request headers; look-ups ignore case.</param>
/// <param name="Body">The raw body, exactly as received.</param>
public sealed record InboundRequest(string Method, Uri PublicUrl, IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body)
{
    /// <summary>The Content-Type header, or null.</summary>
    public string? ContentType => Headers.TryGetValue("Content-Type", out var value) ? value : null;
}

/// <summary>What an inbound request meant, and what to answer the provider.</summary>
/// <param name="Authentic">False when the signature or token did not verify: nothing is stored and the provider gets 403.</param>
/// <param name="Messages">Messages the recipient sent.</param>
/// <param name="Statuses">Delivery statuses of messages sent earlier.</param>
/// <param name="ResponseBody">Body to answer with (for example a handshake's challenge, or an empty TwiML document); empty when null.</param>
/// <param name="ResponseContentType">Content type of <paramref name="ResponseBody"/>.</param>
public sealed record InboundResult(
    bool Authentic,
    IReadOnlyList<InboundMessage> Messages,
    IReadOnlyList<DeliveryStatus> Statuses,
    string? ResponseBody = null,
    string? ResponseContentType = null)
{
    /// <summary>The request did not prove it came from the provider.</summary>
    public static InboundResult Rejected { get; } = new(false, [], []);

    /// <summary>An authentic request carrying nothing to store (for example a handshake), answered with <paramref name="body"/>.</summary>
    public static InboundResult Answer(string? body = null, string? contentType = null) => new(true, [], [], body, contentType);
}

/// <summary>A message a recipient sent.</summary>
/// <param name="ProviderMessageId">The provider's unique id (Twilio <c>MessageSid</c>, WhatsApp <c>wamid</c>): a delivery repeated by the provider is stored once.</param>
/// <param name="From">Sender address, normalised like recipient addresses (E.164 for phones).</param>
/// <param name="Text">The text, or for an interactive reply the title of the button or list row chosen.</param>
/// <param name="Intent">What the provider itself says the message means (an opt-out it handled, for example).</param>
/// <param name="SentAt">When the provider says it was sent, if it says.</param>
public sealed record InboundMessage(string ProviderMessageId, string From, string Text, InboundIntent Intent = InboundIntent.Message, DateTimeOffset? SentAt = null);

/// <summary>What the provider says an inbound message means.</summary>
public enum InboundIntent
{
    /// <summary>An ordinary message; the host interprets it.</summary>
    Message,

    /// <summary>The recipient unsubscribed (Twilio <c>OptOutType=STOP</c>).</summary>
    OptOut,

    /// <summary>The recipient subscribed again (Twilio <c>OptOutType=START</c>).</summary>
    OptIn,
}

/// <summary>A provider's news about a message sent earlier.</summary>
/// <param name="ProviderMessageId">The id <see cref="SendResult.ProviderMessageId"/> returned.</param>
/// <param name="Status">queued, sent, delivered, read, failed or undelivered.</param>
/// <param name="ErrorCode">The provider's error code for failures.</param>
/// <param name="At">When the provider says it happened, if it says.</param>
public sealed record DeliveryStatus(string ProviderMessageId, string Status, string? ErrorCode = null, DateTimeOffset? At = null);
