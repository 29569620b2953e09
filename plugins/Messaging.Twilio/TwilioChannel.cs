using Microsoft.Extensions.Logging;
using Modular.Plugins.Messaging.Twilio.Inbound;
using Modular.Plugins.Messaging.Twilio.Sending;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.Twilio;

/// <summary>SMS through Twilio: the Messages API to send, one signed webhook for replies and delivery statuses.</summary>
/// <remarks>
/// Takes the logger factory rather than ILogger&lt;TwilioChannel&gt;: the host's container keeps each ILogger&lt;T&gt; as a
/// root singleton, and one closed over a plugin type would keep a swapped-out version from unloading.
/// </remarks>
internal sealed class TwilioChannel(TwilioMessagesApi api, ILoggerFactory loggers) : IMessageChannel
{
    private readonly ILogger logger = loggers.CreateLogger("Modular.Plugins.Messaging.Twilio");

    public string Key => "twilio";

    public ChannelDescriptor Descriptor => TwilioSettings.Descriptor;

    public async Task<SendResult> SendAsync(ChannelConnection connection, OutboundMessage message, CancellationToken cancellationToken)
    {
        var accountSid = TwilioSettings.Read(connection, TwilioSettings.AccountSid);
        var authToken = TwilioSettings.Read(connection, TwilioSettings.AuthToken);
        if (accountSid is null || authToken is null)
            return Misconfigured($"The Twilio connection has no {(accountSid is null ? TwilioSettings.AccountSid : TwilioSettings.AuthToken)}.");

        var sender = TwilioSender.From(connection);
        if (sender is null)
            return Misconfigured($"The Twilio connection has no sender: set {TwilioSettings.From} (a phone number) or {TwilioSettings.MessagingServiceSid}.");

        var send = new TwilioSendRequest(connection.BaseUrl, accountSid, authToken, message.To, sender, message.Body, connection.InboundUrl);
        var result = await api.SendAsync(send, cancellationToken);
        if (result.Outcome != RemoteOutcome.Created)
            logger.LogWarning("Twilio did not accept a message for account {AccountSid}: {Outcome}, code {ErrorCode}: {Reason}", accountSid, result.Outcome, result.ErrorCode, result.Message);
        return result;
    }

    public Task<InboundResult> ReceiveAsync(ChannelConnection connection, InboundRequest request, CancellationToken cancellationToken)
    {
        var authToken = TwilioSettings.Read(connection, TwilioSettings.AuthToken);
        if (authToken is null)
        {
            logger.LogWarning("A Twilio webhook reached a connection with no {Setting}; it cannot be verified and is refused.", TwilioSettings.AuthToken);
            return Task.FromResult(InboundResult.Rejected);
        }

        var webhook = TwilioWebhookRequest.Read(request);
        if (webhook is null || !TwilioRequestSignature.Verifies(authToken, request.PublicUrl, webhook.SignedFields, webhook.Signature))
            return Task.FromResult(InboundResult.Rejected);

        return Task.FromResult(TwilioWebhookReader.Read(webhook.Fields));
    }

    private static SendResult Misconfigured(string reason) => new(RemoteOutcome.PermanentFailure, Message: reason);
}
