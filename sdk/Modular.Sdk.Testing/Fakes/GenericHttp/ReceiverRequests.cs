using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.GenericHttp;

/// <summary>
/// Every call to the receiver, in the order a careful endpoint checks it: the URL and method, the secret, the scripted
/// failures, the idempotency key, then the event. Each call is recorded with what it was answered.
/// </summary>
internal static class ReceiverRequests
{
    public static async Task HandleAsync(FakeCrmReceiver receiver, HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync(context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        ReceiverReply reply;
        bool replayed;
        lock (receiver.Gate)
            (reply, replayed) = Respond(receiver, context.Request, headers, body);
        receiver.Record(new FakeReceiverRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, headers, body, reply.Status, replayed));
        await reply.WriteAsync(context.Response);
    }

    private static (ReceiverReply Reply, bool Replayed) Respond(FakeCrmReceiver receiver, HttpRequest request, IReadOnlyDictionary<string, string> headers, string body)
    {
        if (request.Path != FakeCrmReceiver.EndpointPath)
            return (ReceiverReply.Error(404, $"Nothing here: the endpoint is {FakeCrmReceiver.EndpointPath}."), false);
        if (!HttpMethods.IsPost(request.Method))
            return (new ReceiverReply(405, new JsonObject { ["error"] = "Only POST." }, new Dictionary<string, string> { ["Allow"] = "POST" }), false);
        if (!SecretMatches(receiver, headers.GetValueOrDefault(receiver.SecretHeader)))
            return (ReceiverReply.Error(401, $"Missing or wrong {receiver.SecretHeader}."), false);
        if (receiver.NextScripted() is { } scripted)
            return (scripted, false);

        var key = headers.GetValueOrDefault("Idempotency-Key");
        if (key is not null && receiver.TryGetAnswer(key, out var answered))
            return answered.Body == body
                ? (answered.Reply, true)
                : (ReceiverReply.Error(422, "This Idempotency-Key was used with another body."), false);

        var reply = Dispatch(receiver, headers.GetValueOrDefault("X-Modular-Event"), body);
        // Only what was done is remembered: a refusal changed nothing, so the same call may be tried again.
        if (key is not null && reply.IsSuccess)
            receiver.KeepAnswer(key, body, reply);
        return (reply, false);
    }

    private static ReceiverReply Dispatch(FakeCrmReceiver receiver, string? eventName, string body)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(body);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return ReceiverReply.Error(400, $"The body is not JSON: {e.Message}");
        }
        return eventName switch
        {
            "ping" => new ReceiverReply(200, new JsonObject { ["ok"] = true }),
            "lead.upsert" => ReceiverLeadEvents.Upsert(receiver, root),
            "lead.report" => ReceiverLeadEvents.Report(receiver, root),
            _ => ReceiverReply.Error(400, "X-Modular-Event must be ping, lead.upsert or lead.report."),
        };
    }

    // Compared in constant time, as a real endpoint should, so the time taken tells an attacker nothing of the secret.
    private static bool SecretMatches(FakeCrmReceiver receiver, string? sent) =>
        sent is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(receiver.Secret));
}
