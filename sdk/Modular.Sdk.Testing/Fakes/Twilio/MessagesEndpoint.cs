using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.Twilio;

/// <summary><c>POST /2010-04-01/Accounts/{AccountSid}/Messages.json</c>, answered the way Twilio answers it.</summary>
internal static class MessagesEndpoint
{
    private const int MaxBodyLength = 1600;

    public static async Task<IResult> HandleAsync(FakeTwilioServer server, HttpContext context, string accountSid)
    {
        if (!Authenticated(server, context.Request))
            return TwilioErrorAnswer.Of(401, 20003, "Authenticate");
        if (!string.Equals(accountSid, server.AccountSid, StringComparison.Ordinal))
            return TwilioErrorAnswer.Of(404, 20404, $"The requested resource /2010-04-01/Accounts/{accountSid}/Messages.json was not found");

        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : FormCollection.Empty;
        var to = Field(form, "To");
        var body = Field(form, "Body");

        if (server.NextScripted() is { } scripted)
        {
            if (scripted.Stall)
                return await StallAsync(server, context, to, body);
            server.Record(new(to, body, scripted.StatusCode, scripted.ErrorCode));
            return TwilioErrorAnswer.Of(scripted.StatusCode, scripted.ErrorCode, scripted.Message, scripted.RetryAfter);
        }

        var from = Field(form, "From");
        var service = Field(form, "MessagingServiceSid");
        var refusal = to is null ? (21604, "A 'To' phone number is required.")
            : string.IsNullOrEmpty(body) ? (21602, "Message body is required.")
            : from is null && service is null ? (21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message.")
            : body.Length > MaxBodyLength ? (21617, "The concatenated message body exceeds the 1600 character limit.")
            : server.IsOptedOut(to) ? (21610, "Attempt to send to unsubscribed recipient")
            : ((int Code, string Message)?)null;
        if (refusal is { } error)
        {
            server.Record(new(to, body, 400, error.Code));
            return TwilioErrorAnswer.Of(400, error.Code, error.Message);
        }

        var callback = Uri.TryCreate(Field(form, "StatusCallback"), UriKind.Absolute, out var parsed) ? parsed : null;
        var message = new FakeTwilioMessage("SM" + Guid.NewGuid().ToString("N"), to!, from, service, body!, callback, SmsSegments.Count(body!))
        {
            AcceptedAt = DateTimeOffset.UtcNow,
            AcceptedTimestamp = Stopwatch.GetTimestamp(),
        };
        server.Record(new(to, body, 201, null), message);
        return Results.Json(Answer(server, message), statusCode: 201);
    }

    private static async Task<IResult> StallAsync(FakeTwilioServer server, HttpContext context, string? to, string? body)
    {
        server.Record(new(to, body, 0, null));
        using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, server.Stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, either.Token);
        }
        catch (OperationCanceledException)
        {
            // The caller gave up or the fake stops: nothing is answered either way.
        }
        return Results.Empty;
    }

    private static bool Authenticated(FakeTwilioServer server, HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
            return false;
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)) == $"{server.AccountSid}:{server.AuthToken}";
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value.ToString()) ? value.ToString() : null;

    // The fields Twilio's answer carries, with its quirks: num_segments and num_media are strings, dates RFC 2822.
    private static Dictionary<string, object?> Answer(FakeTwilioServer server, FakeTwilioMessage message)
    {
        var now = DateTimeOffset.UtcNow.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
        return new()
        {
            ["sid"] = message.Sid,
            ["account_sid"] = server.AccountSid,
            ["messaging_service_sid"] = message.MessagingServiceSid,
            ["from"] = message.From,
            ["to"] = message.To,
            ["body"] = message.Body,
            ["status"] = message.MessagingServiceSid is null ? "queued" : "accepted",
            ["num_segments"] = message.Segments.ToString(CultureInfo.InvariantCulture),
            ["num_media"] = "0",
            ["direction"] = "outbound-api",
            ["api_version"] = "2010-04-01",
            ["price"] = null,
            ["price_unit"] = "USD",
            ["error_code"] = null,
            ["error_message"] = null,
            ["date_created"] = now,
            ["date_updated"] = now,
            ["date_sent"] = null,
            ["uri"] = $"/2010-04-01/Accounts/{server.AccountSid}/Messages/{message.Sid}.json",
        };
    }
}
