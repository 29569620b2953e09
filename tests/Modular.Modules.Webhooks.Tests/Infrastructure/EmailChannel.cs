using System.Net;
using System.Net.Http.Json;
using Modular.Sdk.Testing.Fakes.Smtp;

namespace Modular.Modules.Webhooks.Tests.Infrastructure;

/// <summary>The tenant's email channel, through which the host writes to the tenant's owners, pointed at a fake mail server.</summary>
internal static class EmailChannel
{
    public static async Task AddAsync(HttpClient client, FakeSmtpServer smtp)
    {
        var channel = await client.PostAsJsonAsync("/api/v1/channels", new
        {
            type = "smtp",
            name = "Office mail",
            baseUrl = smtp.BaseUrl.ToString(),
            // The fake server offers no TLS.
            settings = new Dictionary<string, string> { ["from"] = "alerts@partner-desk.example", ["security"] = "none" },
        });
        channel.StatusCode.ShouldBe(HttpStatusCode.Created, await channel.Content.ReadAsStringAsync());
    }
}
