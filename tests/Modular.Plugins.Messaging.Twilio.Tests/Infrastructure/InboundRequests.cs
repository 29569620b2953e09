namespace Modular.Plugins.Messaging.Twilio.Tests.Infrastructure;

/// <summary>Turns the HTTP request Twilio would send into what the host hands the channel.</summary>
internal static class InboundRequests
{
    public static async Task<InboundRequest> FromAsync(HttpRequestMessage request, Uri? publicUrl = null)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
            headers[header.Key] = string.Join(",", header.Value);
        byte[] body = [];
        if (request.Content is not null)
        {
            foreach (var header in request.Content.Headers)
                headers[header.Key] = string.Join(",", header.Value);
            body = await request.Content.ReadAsByteArrayAsync();
        }
        return new InboundRequest(request.Method.Method, publicUrl ?? request.RequestUri!, headers, body);
    }

    public static async Task<InboundRequest> SignedAsync(TwilioWebhook webhook, string authToken, Uri? url = null)
    {
        using var request = webhook.CreateRequest(url ?? Connections.InboundUrl, authToken);
        return await FromAsync(request);
    }
}
