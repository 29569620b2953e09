using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Modular.Sdk.Testing.Fakes.WhatsApp;

/// <summary>Writes an error the way the Graph API does: <c>{"error":{"message","type","code","error_data":{"messaging_product","details"},"fbtrace_id"}}</c>.</summary>
internal static class GraphErrorResponse
{
    public static Task WriteAsync(HttpContext context, int status, int code, string title, string? details = null, TimeSpan? retryAfter = null)
    {
        var error = new JsonObject
        {
            ["message"] = $"(#{code}) {title}",
            ["type"] = "OAuthException",
            ["code"] = code,
            ["fbtrace_id"] = "A" + Guid.NewGuid().ToString("N")[..22],
        };
        if (details is not null)
            error["error_data"] = new JsonObject { ["messaging_product"] = "whatsapp", ["details"] = details };

        context.Response.StatusCode = status;
        if (retryAfter is { } delay)
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(delay.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(new JsonObject { ["error"] = error }.ToJsonString(), context.RequestAborted);
    }
}
