using System.Net.Mail;
using Microsoft.Extensions.Logging;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.Smtp;

/// <summary>Email through the tenant's own SMTP server, for alerts and reports to its sales reps.</summary>
/// <remarks>
/// Sends with System.Net.Mail.SmtpClient, the client the framework ships. MailKit would replace it if it were served
/// here: SmtpClient cannot speak TLS from the first byte (port 465), authenticates with LOGIN, NTLM or Negotiate only
/// (no PLAIN, no OAuth2), and Microsoft itself no longer recommends it for new work.
/// </remarks>
internal sealed class SmtpChannel(ILogger<SmtpChannel> logger) : IMessageChannel
{
    public string Key => "smtp";

    public ChannelDescriptor Descriptor => SmtpDescriptor.Instance;

    /// <summary>How long one send may take, connection and every reply included; SmtpClient's own Timeout covers synchronous sends only.</summary>
    internal TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public async Task<SendResult> SendAsync(ChannelConnection connection, OutboundMessage message, CancellationToken cancellationToken)
    {
        if (!SmtpSettings.TryRead(connection, out var settings, out var problem))
            return SmtpFailures.Misconfigured(problem);
        if (settings.Security == SmtpSecurity.Tls)
            return SmtpFailures.Misconfigured("TLS from the first byte (port 465) is not available in this version: use starttls, usually on port 587.");
        if (!MailAddress.TryCreate(message.To, out var recipient))
            return SmtpFailures.Misconfigured("The recipient is not an email address.");

        var messageId = MailComposer.NewMessageId(settings.From);
        using var mail = MailComposer.Compose(settings, recipient, message, messageId);
        using var client = new SmtpClient(settings.Host, settings.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = settings.Security == SmtpSecurity.StartTls,
            Credentials = settings.Credentials,
        };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(Timeout);

        SendResult result;
        try
        {
            await client.SendMailAsync(mail, deadline.Token);
            return new SendResult(RemoteOutcome.Created, ProviderMessageId: messageId);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = SmtpFailures.TimedOut(Timeout);
        }
        catch (SmtpException e)
        {
            result = SmtpFailures.Classify(e);
        }

        logger.LogWarning("The mail server {Host}:{Port} did not take a message: {Outcome}, code {ErrorCode}: {Reason}",
            settings.Host, settings.Port, result.Outcome, result.ErrorCode, result.Message);
        return result;
    }

    /// <summary>
    /// Email has no inbound webhook in Modular: replies go to the sender's mailbox, not back to a conversation, so
    /// anything posted to an email connection's inbound URL is refused (the provider-facing endpoint answers 403).
    /// </summary>
    public Task<InboundResult> ReceiveAsync(ChannelConnection connection, InboundRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(InboundResult.Rejected);
}
