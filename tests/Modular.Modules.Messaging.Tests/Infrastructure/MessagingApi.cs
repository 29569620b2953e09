using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Messaging.Contracts;

namespace Modular.Modules.Messaging.Tests.Infrastructure;

/// <summary>What clients and other modules do with the Messaging module, as the tests need it.</summary>
internal static class MessagingApi
{
    /// <summary>A phone number no other test writes to.</summary>
    public static string NewPhone() => "+3361" + Random.Shared.Next(1000000, 9999999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sends as another module does: a contract request through the host's mediator, without a current tenant.</summary>
    public static Task<SendMessageResult> SendAsync(ModularHost host, SendMessage request) =>
        host.Services.GetRequiredService<IMediator>().Send(request);

    public static Task<bool> SuppressAsync(ModularHost host, SuppressAddress request) =>
        host.Services.GetRequiredService<IMediator>().Send(request);

    public static async Task<JsonElement> CreateChannelAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/channels", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static Task<HttpResponseMessage> PlayReplyAsync(HttpClient client, Guid leadId, string text) =>
        client.PostAsJsonAsync($"/api/v1/sandbox/leads/{leadId}/replies", new { text });

    public static async Task<JsonElement[]> LeadMessagesAsync(HttpClient client, Guid leadId)
    {
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}/messages");
        return [.. list.GetProperty("items").EnumerateArray()];
    }

    public static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
