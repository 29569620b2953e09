using System.Net.Http.Headers;
using System.Net.Http.Json;
using Modular.Sdk.Testing.Fakes.Twilio;

namespace Modular.Bench.SpeedToLead;

/// <summary>What a client configures through the API before its leads are contacted: the contact window and its Twilio account.</summary>
internal sealed class ClientSetup : IDisposable
{
    private readonly HttpClient api;

    public ClientSetup(Uri host, string apiKey)
    {
        api = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = host, Timeout = TimeSpan.FromSeconds(30) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    /// <summary>Every day, all day, holidays included: the measure is of the engine, not of the window's wait.</summary>
    public Task OpenWindowAllWeekAsync() => SendAsync(HttpMethod.Put, "/api/v1/qualification/window", new
    {
        timeZone = "Europe/Paris",
        days = new[] { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" },
        from = "00:00",
        to = "23:59",
        holidays = false,
    });

    /// <summary>The tenant's Twilio channel pointed at the fake, and made the conversations' default (instead of the sandbox).</summary>
    public Task AddTwilioChannelAsync(FakeTwilioServer twilio) => SendAsync(HttpMethod.Post, "/api/v1/channels", new
    {
        type = "twilio",
        name = "Twilio (bench fake)",
        baseUrl = twilio.BaseUrl.ToString(),
        settings = new Dictionary<string, string>
        {
            ["accountSid"] = twilio.AccountSid,
            ["authToken"] = twilio.AuthToken,
            // One of Twilio's own test numbers: the fake only checks that a sender is given.
            ["from"] = "+15005550006",
        },
        conversationDefault = true,
    });

    private async Task SendAsync(HttpMethod method, string path, object body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        using var response = await api.SendAsync(request);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public void Dispose() => api.Dispose();
}
