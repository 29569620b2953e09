using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.ChatCompletions;

/// <summary><c>POST /v1/chat/completions</c>, answered the way OpenAI answers it.</summary>
internal static class ChatCompletionsEndpoint
{
    public static async Task<IResult> HandleAsync(FakeChatCompletionsServer server, HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted);
        var authorization = context.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null;
        var request = Parse(context.Request.Path, authorization, body, out var document);
        using (document)
        {
            if (!Authenticated(server, authorization))
                return Answer(server, request, OpenAiError.Of(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided."));
            if (Problem(document) is { } problem)
                return Answer(server, request, OpenAiError.Of(400, "invalid_request_error", null, problem.Message, problem.Param));

            switch (server.NextAnswer(request))
            {
                case ScriptedCompletion.Stall:
                    return await StallAsync(server, context, request);
                case ScriptedCompletion.Error error:
                    return Answer(server, request, OpenAiError.Of(error.StatusCode, error.Type, error.Code, error.Message, retryAfter: error.RetryAfter));
                case ScriptedCompletion.MalformedBody:
                    return Answer(server, request, Results.Content("<html><body>Bad gateway</body></html>", "text/html", statusCode: 200));
                case ScriptedCompletion.Refusal refusal:
                    return Answer(server, request, Completion(request, content: null, refusal.Text, "stop"));
                case ScriptedCompletion.Content content:
                    return Answer(server, request, Completion(request, content.Text, refusal: null, content.FinishReason));
                default:
                    throw new InvalidOperationException("Unknown scripted answer.");
            }
        }
    }

    private static IResult Answer(FakeChatCompletionsServer server, FakeChatCompletionRequest request, IResult result)
    {
        server.Record(request with { StatusCode = (result as IStatusCodeHttpResult)?.StatusCode ?? 200 });
        return result;
    }

    private static async Task<IResult> StallAsync(FakeChatCompletionsServer server, HttpContext context, FakeChatCompletionRequest request)
    {
        server.Record(request with { StatusCode = 0 });
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

    private static bool Authenticated(FakeChatCompletionsServer server, string? authorization) =>
        AuthenticationHeaderValue.TryParse(authorization, out var header)
        && string.Equals(header.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
        && header.Parameter == server.ApiKey;

    private static FakeChatCompletionRequest Parse(string path, string? authorization, string body, out JsonDocument? document)
    {
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            document = null;
            return new(path, authorization, body, null, null, [], null, 0);
        }
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            return new(path, authorization, body, null, null, [], null, 0);
        var model = root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        double? temperature = root.TryGetProperty("temperature", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetDouble() : null;
        var messages = root.TryGetProperty("messages", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(Message).ToList()
            : [];
        JsonElement? format = root.TryGetProperty("response_format", out var f) && f.ValueKind == JsonValueKind.Object ? f.Clone() : null;
        return new(path, authorization, body, model, temperature, messages, format, 0);
    }

    private static FakeChatMessage Message(JsonElement message)
    {
        var role = message.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "";
        if (!message.TryGetProperty("content", out var content))
            return new(role, "");
        return content.ValueKind switch
        {
            JsonValueKind.String => new(role, content.GetString()!),
            // Content as parts: [{"type":"text","text":"..."}].
            JsonValueKind.Array => new(role, string.Concat(content.EnumerateArray()
                .Where(part => part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                .Select(part => part.GetProperty("text").GetString()))),
            _ => new(role, ""),
        };
    }

    private static (string Message, string? Param)? Problem(JsonDocument? document)
    {
        if (document is null || document.RootElement.ValueKind != JsonValueKind.Object)
            return ("We could not parse the JSON body of your request.", null);
        var root = document.RootElement;
        if (!root.TryGetProperty("model", out var model) || model.ValueKind != JsonValueKind.String || model.GetString() is not { Length: > 0 })
            return ("you must provide a model parameter", "model");
        if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array || messages.GetArrayLength() == 0)
            return ("[] is too short - 'messages'", "messages");
        if (root.TryGetProperty("temperature", out var temperature) && (temperature.ValueKind != JsonValueKind.Number || temperature.GetDouble() is < 0 or > 2))
            return ("Invalid 'temperature': expected a number between 0 and 2.", "temperature");
        return root.TryGetProperty("response_format", out var format) ? ResponseFormatRules.Problem(format, messages) : null;
    }

    private static IResult Completion(FakeChatCompletionRequest request, string? content, string? refusal, string finishReason)
    {
        var prompt = request.Text.Length / 4 + 1;
        var completion = (content ?? refusal ?? "").Length / 4 + 1;
        var answer = new JsonObject
        {
            ["id"] = "chatcmpl-" + Guid.NewGuid().ToString("N"),
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = request.Model,
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject
                {
                    ["role"] = "assistant",
                    ["content"] = content,
                    ["refusal"] = refusal,
                },
                ["logprobs"] = null,
                ["finish_reason"] = finishReason,
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = prompt,
                ["completion_tokens"] = completion,
                ["total_tokens"] = prompt + completion,
            },
            ["system_fingerprint"] = "fp_fake",
        };
        return Results.Content(answer.ToJsonString(FakeJson.Readable), "application/json", Encoding.UTF8, 200);
    }
}
