using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.WhatsApp;

/// <summary>
/// <c>POST /{version}/{phone-number-id}/messages</c> as the Cloud API answers it: the Bearer token and the phone number
/// id are checked, free text is refused outside the 24-hour window (131047), templates must be approved in that
/// language with the right number of body variables, and an accepted message is answered with its <c>wamid</c>.
/// </summary>
internal sealed class SendMessageHandler(FakeWhatsAppState state, string phoneNumberId, string accessToken, TimeProvider clock)
{
    private static readonly TimeSpan FreeTextWindow = TimeSpan.FromHours(24);

    public async Task HandleAsync(HttpContext context, CancellationToken stopping)
    {
        var segments = context.Request.Path.Value?.Trim('/').Split('/') ?? [];
        if (segments.Length != 3 || segments[2] != "messages" || !IsVersion(segments[0]))
        {
            await GraphErrorResponse.WriteAsync(context, 400, 2500, $"Unknown path components: {context.Request.Path}");
            return;
        }

        if (context.Request.Headers.Authorization.ToString() != $"Bearer {accessToken}")
        {
            await GraphErrorResponse.WriteAsync(context, 401, 190, "Invalid OAuth access token - Cannot parse access token");
            return;
        }

        if (segments[1] != phoneNumberId)
        {
            await GraphErrorResponse.WriteAsync(context, 400, 100, $"Unsupported post request. Object with ID '{segments[1]}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.");
            return;
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await GraphErrorResponse.WriteAsync(context, 400, 100, "Unsupported request method.");
            return;
        }

        if (state.CountRequestAndTakeFailure() is { } failure)
        {
            await FailAsync(context, failure, stopping);
            return;
        }

        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            await GraphErrorResponse.WriteAsync(context, 400, 100, "Invalid parameter", "The request body is not JSON.");
            return;
        }

        await AcceptAsync(context, body as JsonObject);
    }

    private async Task AcceptAsync(HttpContext context, JsonObject? body)
    {
        var to = body?["to"]?.GetValue<string>();
        var type = body?["type"]?.GetValue<string>() ?? "text";
        if (body?["messaging_product"]?.GetValue<string>() != "whatsapp" || string.IsNullOrEmpty(to))
        {
            await GraphErrorResponse.WriteAsync(context, 400, 100, "Invalid parameter", "messaging_product must be whatsapp and to is required.");
            return;
        }

        var waId = new string(to.Where(char.IsAsciiDigit).ToArray());
        var now = clock.GetUtcNow();
        var message = type switch
        {
            "text" => await ReadTextAsync(context, body, waId, now),
            "template" => await ReadTemplateAsync(context, body, now),
            _ => null,
        };
        if (message is null)
        {
            if (!context.Response.HasStarted)
                await GraphErrorResponse.WriteAsync(context, 400, 100, "Invalid parameter", $"The fake server does not take messages of type {type}.");
            return;
        }

        var accepted = message with { Id = NewWamid(), To = to };
        state.Accept(accepted);
        context.Response.ContentType = "application/json";
        var answer = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["contacts"] = new JsonArray(new JsonObject { ["input"] = to, ["wa_id"] = waId }),
            ["messages"] = new JsonArray(new JsonObject { ["id"] = accepted.Id, ["message_status"] = "accepted" }),
        };
        await context.Response.WriteAsync(answer.ToJsonString(), context.RequestAborted);
    }

    private async Task<FakeWhatsAppMessage?> ReadTextAsync(HttpContext context, JsonObject body, string waId, DateTimeOffset now)
    {
        var text = body["text"]?["body"]?.GetValue<string>();
        if (string.IsNullOrEmpty(text) || text.Length > 4096)
        {
            await GraphErrorResponse.WriteAsync(context, 400, 100, "Invalid parameter", "Param text['body'] is required and must be at most 4096 characters long.");
            return null;
        }

        if (state.LastWrote(waId) is not { } wrote || now - wrote > FreeTextWindow)
        {
            await GraphErrorResponse.WriteAsync(context, 400, 131047, "Re-engagement message",
                "Message failed to send because more than 24 hours have passed since the customer last replied to this number.");
            return null;
        }

        return new FakeWhatsAppMessage("", "", "text", text, null, null, [], now);
    }

    private async Task<FakeWhatsAppMessage?> ReadTemplateAsync(HttpContext context, JsonObject body, DateTimeOffset now)
    {
        var template = body["template"];
        var name = template?["name"]?.GetValue<string>();
        var language = template?["language"]?["code"]?.GetValue<string>();
        if (name is null || language is null || state.BodyVariables(name, language) is not { } expected)
        {
            await GraphErrorResponse.WriteAsync(context, 404, 132001, "Template name does not exist in the translation",
                $"template name ({name}) does not exist in {language}");
            return null;
        }

        var parameters = (template?["components"] as JsonArray ?? [])
            .Where(component => component?["type"]?.GetValue<string>() == "body")
            .SelectMany(component => component?["parameters"] as JsonArray ?? [])
            .Select(parameter => parameter?["text"]?.GetValue<string>() ?? "")
            .ToList();
        if (parameters.Count != expected)
        {
            await GraphErrorResponse.WriteAsync(context, 400, 132000, "Number of parameters does not match the expected number of params",
                $"body: number of localizable_params ({parameters.Count}) does not match the expected number of params ({expected})");
            return null;
        }

        if (parameters.Any(text => text.Contains('\n') || text.Contains('\t') || text.Contains("     ", StringComparison.Ordinal)))
        {
            await GraphErrorResponse.WriteAsync(context, 400, 132018, "There was an issue with the parameters in your template.",
                "Param text cannot have new-line/tab characters or more than 4 consecutive spaces");
            return null;
        }

        return new FakeWhatsAppMessage("", "", "template", string.Join(' ', parameters), name, language, parameters, now);
    }

    private static async Task FailAsync(HttpContext context, ScriptedFailure failure, CancellationToken stopping)
    {
        if (failure.Hang)
        {
            // No answer until the client gives up (its timeout) or the fake stops.
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await Task.Delay(Timeout.Infinite, either.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        var (code, title) = (int)failure.Status == 429
            ? (130429, "Rate limit hit")
            : (131000, "Something went wrong");
        await GraphErrorResponse.WriteAsync(context, (int)failure.Status, code, title, retryAfter: failure.RetryAfter);
    }

    private static bool IsVersion(string segment) =>
        segment.Length > 1 && segment[0] == 'v' && segment[1..].Split('.') is [var major, var minor] && major.All(char.IsAsciiDigit) && minor.All(char.IsAsciiDigit) && major.Length > 0 && minor.Length > 0;

    private static string NewWamid() => "wamid." + Convert.ToBase64String(RandomNumberGenerator.GetBytes(30));
}
