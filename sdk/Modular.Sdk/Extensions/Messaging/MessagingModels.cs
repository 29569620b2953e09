using Modular.Sdk.Extensions;

namespace Modular.Sdk.Extensions.Messaging;

/// <summary>A tenant's configuration of one channel.</summary>
/// <param name="BaseUrl">Root of the provider's API, configurable for tests and self-hosters.</param>
/// <param name="Settings">Channel-specific settings, secrets already decrypted.</param>
public sealed record ChannelConnection(Uri BaseUrl, IReadOnlyDictionary<string, string> Settings);

/// <summary>A message to send.</summary>
/// <param name="To">Recipient address (E.164 phone number for SMS and WhatsApp).</param>
/// <param name="Body">Text of the message.</param>
/// <param name="TemplateName">For channels that need one outside a conversation window (WhatsApp), the approved template to use.</param>
public sealed record OutboundMessage(string To, string Body, string? TemplateName = null);

/// <summary>The result of sending one message.</summary>
/// <param name="Outcome">Created when the provider accepted it; failures say whether retrying may help.</param>
/// <param name="ProviderMessageId">The provider's id of the message, used to match delivery statuses.</param>
/// <param name="Segments">Billable segments the provider counted.</param>
/// <param name="Message">A reason for failures.</param>
public sealed record SendResult(RemoteOutcome Outcome, string? ProviderMessageId = null, int Segments = 1, string? Message = null);
