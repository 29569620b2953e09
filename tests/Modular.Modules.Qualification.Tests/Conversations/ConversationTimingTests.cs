using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Qualification.Tests.Infrastructure;

namespace Modular.Modules.Qualification.Tests.Conversations;

/// <summary>
/// What happens with time: reminders then NoResponse, a reply held until the window opens, a conversation resumed by
/// another process. Each test runs hosts of its own whose clock it moves forward.
/// </summary>
public sealed class ConversationTimingTests : IDisposable
{
    private const string Lead = """{"firstName":"Jeanne","phone":"06 12 34 56 78","country":"FR"}""";
    private readonly ExtensionFolders folders = new();
    private readonly ShiftedClock clock = new();

    private WebApplicationFactory<Program> StartHost(ModularHost modular) =>
        modular.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));

    [Fact]
    public async Task A_silent_lead_gets_the_scenarios_reminders_then_the_conversation_ends_with_no_response()
    {
        using var modular = new ModularHost(folders);
        using var host = StartHost(modular);
        var client = await ClientAsync(modular, host);
        await QualificationApi.SetWindowAsync(client, QualificationApi.AlwaysOpen);
        var leadId = await PostLeadAsync(host, client);
        await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 1, "the first message");

        clock.Advance(TimeSpan.FromMinutes(241));
        var reminded = await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 2, "the first reminder");
        QualificationApi.Messages(reminded, "out")[1].GetProperty("text").GetString()!.ShouldStartWith("Petit rappel");
        clock.Advance(TimeSpan.FromMinutes(241));
        await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 3, "the second reminder");
        clock.Advance(TimeSpan.FromMinutes(241));

        var ended = await QualificationApi.ConversationWhenAsync(client, leadId, c => c.GetProperty("status").GetString() == "ended", "NoResponse");
        ended.GetProperty("verdict").GetString().ShouldBe("NoResponse");
        QualificationApi.Messages(ended, "out").Length.ShouldBe(3, "no closing message for a lead who never answered");
    }

    [Fact]
    public async Task A_reply_while_the_window_is_closed_is_answered_when_it_opens()
    {
        using var modular = new ModularHost(folders);
        using var host = StartHost(modular);
        var client = await ClientAsync(modular, host);
        await QualificationApi.SetWindowAsync(client, QualificationApi.AlwaysOpen);
        var leadId = await PostLeadAsync(host, client);
        await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 1, "the first message");
        var later = clock.GetUtcNow().AddDays(2);
        await QualificationApi.SetWindowAsync(client, new { timeZone = "UTC", days = new[] { later.DayOfWeek.ToString()[..3] }, from = "09:00", to = "10:00", holidays = false });

        await QualificationApi.ReplyAsync(client, leadId, "oui");

        var held = await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "in").Length == 1
            && c.GetProperty("nextActionAt").GetDateTimeOffset() > clock.GetUtcNow().AddHours(1), "the reply held for the window");
        QualificationApi.Messages(held, "out").Length.ShouldBe(1);
        clock.Advance(held.GetProperty("nextActionAt").GetDateTimeOffset() - clock.GetUtcNow() + TimeSpan.FromSeconds(1));

        var answered = await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 2, "the answer once the window opened");
        answered.GetProperty("currentQuestion").GetString().ShouldBe("timeframe");
        var sentAt = QualificationApi.Messages(answered, "out")[1].GetProperty("at").GetDateTimeOffset();
        sentAt.Hour.ShouldBe(9, "sent when the window opened, not when the lead wrote");
    }

    [Fact]
    public async Task A_conversation_waiting_for_the_window_is_started_by_the_next_process_after_a_restart()
    {
        Guid leadId;
        HttpClient client;
        DateTimeOffset due;
        using (var first = new ModularHost(folders))
        using (var host = StartHost(first))
        {
            client = await ClientAsync(first, host);
            var later = clock.GetUtcNow().AddDays(2);
            await QualificationApi.SetWindowAsync(client, new { timeZone = "UTC", days = new[] { later.DayOfWeek.ToString()[..3] }, from = "09:00", to = "10:00", holidays = false });
            leadId = await PostLeadAsync(host, client);
            var waiting = await QualificationApi.ConversationWhenAsync(client, leadId, c => c.GetProperty("nextActionAt").GetDateTimeOffset() > clock.GetUtcNow().AddHours(1), "the conversation to wait");
            due = waiting.GetProperty("nextActionAt").GetDateTimeOffset();
        }

        clock.Advance(due - clock.GetUtcNow() + TimeSpan.FromSeconds(1));
        using var second = new ModularHost(folders);
        using var restarted = StartHost(second);
        var again = restarted.CreateClient();
        again.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;

        var started = await QualificationApi.ConversationWhenAsync(again, leadId, c => QualificationApi.Messages(c, "out").Length == 1, "the first message after the restart");
        started.GetProperty("status").GetString().ShouldBe("active");
    }

    private static async Task<HttpClient> ClientAsync(ModularHost modular, WebApplicationFactory<Program> host)
    {
        _ = host.Server;
        var tenant = await TestTenant.CreateAsync(modular, "Acme" + Guid.NewGuid().ToString("N")[..6]);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tenant.ApiKey);
        return client;
    }

    private static async Task<Guid> PostLeadAsync(WebApplicationFactory<Program> host, HttpClient client)
    {
        var created = await client.PostAsJsonAsync("/api/v1/sources", new { name = "Site", format = "json" });
        var source = await created.Content.ReadFromJsonAsync<JsonElement>();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/leads/{source.GetProperty("key").GetString()}") { Content = JsonContent.Create(JsonDocument.Parse(Lead).RootElement) };
        request.Headers.Add("X-Modular-Secret", source.GetProperty("secret").GetString());
        var posted = await host.CreateClient().SendAsync(request);
        posted.IsSuccessStatusCode.ShouldBeTrue(await posted.Content.ReadAsStringAsync());
        return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid();
    }

    public void Dispose() => folders.Dispose();
}
