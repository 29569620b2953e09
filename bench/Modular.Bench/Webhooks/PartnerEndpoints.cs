using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Modular.Bench.Webhooks;

/// <summary>Registers each receiver as the tenant's partner endpoint for <c>lead.received</c>, as a client would through the API.</summary>
internal static class PartnerEndpoints
{
    public static async Task RegisterAsync(Uri host, string apiKey, IEnumerable<PartnerReceiver> receivers)
    {
        using var api = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = host, Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        foreach (var receiver in receivers)
        {
            using var response = await api.PostAsJsonAsync("/api/v1/webhooks/endpoints", new
            {
                url = receiver.Url.ToString(),
                eventTypes = new[] { "lead.received" },
                description = $"Bench receiver {receiver.Number}{(receiver.Slow ? " (slow)" : "")}",
            });
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"Registering {receiver.Url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            var registered = await response.Content.ReadFromJsonAsync<Registered>() ?? throw new InvalidOperationException("The endpoint answer was empty.");
            receiver.UseSecret(registered.Secret);
        }
    }

    private sealed record Registered(Guid Id, string Secret);
}
