using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Modular.Plugins.Messaging.WhatsApp.Receiving;
using Modular.Plugins.Messaging.WhatsApp.Sending;
using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Messaging;

namespace Modular.Plugins.Messaging.WhatsApp;

/// <summary>WhatsApp over Meta's Cloud API: sends through the Graph API, reads the webhooks Meta posts to the connection.</summary>
/// <remarks>
/// Takes a logger factory, not ILogger&lt;WhatsAppChannel&gt;: the host's container makes ILogger&lt;T&gt; a root singleton, and
/// a root singleton closed over a plugin type keeps the plugin's load context alive after it is unloaded.
/// </remarks>
internal sealed class WhatsAppChannel(GraphApiClient graph, TimeProvider clock, ILoggerFactory loggers) : IMessageChannel
{
    private readonly ILogger logger = loggers.CreateLogger("Modular.Plugins.Messaging.WhatsApp");

    public string Key => "whatsapp";

    public ChannelDescriptor Descriptor => WhatsAppDescriptor.Instance;

    public async Task<SendResult> SendAsync(ChannelConnection connection, OutboundMessage message, CancellationToken cancellationToken)
    {
        var settings = WhatsAppSettings.From(connection);
        if (settings.PhoneNumberId is null || settings.AccessToken is null)
            return Refused("The WhatsApp configuration lacks its phone number ID or access token.");
        if (PhoneNumber.ToWhatsAppId(message.To) is not { } to)
            return Refused("The recipient is not a phone number.");
        if (message.OutsideFreeTextWindow && (settings.TemplateName is null || settings.TemplateLanguage is null))
            return Refused("The lead has not written for 24 hours and the WhatsApp configuration names no template to send instead.");

        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUrl(connection.BaseUrl, settings))
        {
            Content = new ByteArrayContent(MessageRequestBody.Build(to, message, settings))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
            },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);

        SendResult result;
        try
        {
            using var response = await graph.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            result = SendResultReader.Read(response.StatusCode, response.Headers.RetryAfter, body, clock.GetUtcNow());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = new SendResult(RemoteOutcome.RetryableFailure, Message: "WhatsApp did not answer in time.");
        }
        catch (HttpRequestException exception)
        {
            result = new SendResult(RemoteOutcome.RetryableFailure, Message: $"WhatsApp could not be reached: {exception.Message}");
        }

        // Meta's messages do not echo the token, but a message is shown to clients and logged: make sure.
        result = result with { Message = result.Message?.Replace(settings.AccessToken, "[access token]", StringComparison.Ordinal) };
        if (result.Outcome is not RemoteOutcome.Created)
            logger.LogWarning("WhatsApp send failed ({Outcome}, code {ErrorCode}): {Reason}", result.Outcome, result.ErrorCode, result.Message);
        return result;
    }

    public Task<InboundResult> ReceiveAsync(ChannelConnection connection, InboundRequest request, CancellationToken cancellationToken)
    {
        var settings = WhatsAppSettings.From(connection);
        if (HttpMethods.IsGet(request.Method))
            return Task.FromResult(WebhookHandshake.Answer(request.PublicUrl, settings.VerifyToken));
        if (!HttpMethods.IsPost(request.Method) || settings.AppSecret is null || !WebhookSignature.IsValid(request.Headers, request.Body.Span, settings.AppSecret))
            return Task.FromResult(InboundResult.Rejected);

        var payload = WebhookPayloadReader.Read(request.Body);
        // Meta wants a bare 200 quickly; anything else and it redelivers.
        return Task.FromResult(new InboundResult(true, payload.Messages, payload.Statuses));
    }

    /// <summary>{base}/{version}/{phone number id}/messages, keeping any path a self-hoster's base URL has.</summary>
    private static Uri MessagesUrl(Uri baseUrl, WhatsAppSettings settings) =>
        new($"{baseUrl.AbsoluteUri.TrimEnd('/')}/{Uri.EscapeDataString(settings.ApiVersion)}/{Uri.EscapeDataString(settings.PhoneNumberId!)}/messages");

    private SendResult Refused(string reason)
    {
        logger.LogWarning("WhatsApp send refused before calling Meta: {Reason}", reason);
        return new SendResult(RemoteOutcome.PermanentFailure, Message: reason);
    }
}
