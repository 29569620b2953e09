using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Modular.Modules.Qualification.Tests.Infrastructure;

namespace Modular.Modules.Qualification.Tests.Alerts;

/// <summary>Leads driven to a verdict over the Sandbox channel, and their assignment read back, as the alert tests need them.</summary>
internal static class AlertsApi
{
    public const string Jeanne = """{"firstName":"Jeanne","lastName":"Dupont","email":"jeanne@example.fr","phone":"06 12 34 56 78","country":"FR"}""";

    /// <summary>A lead no other in the tenant matches, so it is not merged into an earlier one as a duplicate.</summary>
    public static string Distinct(int number, string country = "FR") =>
        $$"""{"firstName":"Lead{{number}}","lastName":"Martin","email":"lead{{number}}@example.fr","phone":"06 12 34 56 {{number % 100:00}}","country":"{{country}}"}""";

    /// <summary>A lead source with the secret its form posts with, shown only when it is created.</summary>
    public sealed record Source(Guid Id, string Key, string Secret);

    public static async Task<Source> NewSourceAsync(HttpClient client)
    {
        var created = await client.PostAsJsonAsync("/api/v1/sources", new { name = "Site " + Guid.NewGuid().ToString("N")[..6], format = "json" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var source = await created.Content.ReadFromJsonAsync<JsonElement>();
        return new Source(source.GetProperty("id").GetGuid(), source.GetProperty("key").GetString()!, source.GetProperty("secret").GetString()!);
    }

    /// <summary>Posts a lead through the source's public hook, as the client's website would.</summary>
    public static async Task<Guid> PostLeadAsync(WebApplicationFactory<Program> host, Source source, string json = Jeanne)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/hooks/leads/{source.Key}")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Modular-Secret", source.Secret);
        var posted = await host.CreateClient().SendAsync(request);
        posted.IsSuccessStatusCode.ShouldBeTrue(await posted.Content.ReadAsStringAsync());
        return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").GetGuid();
    }

    /// <summary>Answers the default scenario's questions so the lead is Hot.</summary>
    public static async Task DriveToHotAsync(HttpClient client, Guid leadId)
    {
        string[] replies = ["oui tout à fait", "dans 2 mois", "environ 300k", "le matin"];
        for (var index = 0; index < replies.Length; index++)
        {
            var asked = index + 1;
            await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == asked, $"question {asked}");
            await QualificationApi.ReplyAsync(client, leadId, replies[index]);
        }
        await QualificationApi.ConversationWhenAsync(client, leadId, c => c.GetProperty("status").GetString() == "ended", "the verdict");
    }

    /// <summary>Says no to the first question: the quickest verdict (Disqualified), enough to be assigned.</summary>
    public static async Task DisqualifyAsync(HttpClient client, Guid leadId)
    {
        await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 1, "the first message");
        await QualificationApi.ReplyAsync(client, leadId, "non pas pour l'instant");
        await QualificationApi.ConversationWhenAsync(client, leadId, c => c.GetProperty("status").GetString() == "ended", "the verdict");
    }

    /// <summary>Polls the lead's assignment until <paramref name="done"/> holds: it is made after the verdict, through the outbox.</summary>
    public static async Task<JsonElement> AssignmentWhenAsync(HttpClient client, Guid leadId, Func<JsonElement, bool> done, string what)
    {
        var last = "";
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var response = await client.GetAsync($"/api/v1/leads/{leadId}/assignment");
            last = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var assignment = JsonDocument.Parse(last).RootElement.Clone();
                if (done(assignment))
                    return assignment;
            }
            await Task.Delay(100);
        }
        throw new ShouldAssertException($"Waited 30 s for {what}; the assignment was: {last}");
    }

    public static Task<JsonElement> AssignmentAsync(HttpClient client, Guid leadId) =>
        AssignmentWhenAsync(client, leadId, _ => true, "the lead's assignment");

    public static JsonElement[] Alerts(JsonElement assignment) => [.. assignment.GetProperty("alerts").EnumerateArray()];

    /// <summary>Polls the lead's timeline until <paramref name="done"/> holds: other modules' entries arrive through the outbox.</summary>
    public static async Task<JsonElement[]> TimelineWhenAsync(HttpClient client, Guid leadId, Func<JsonElement[], bool> done, string what)
    {
        JsonElement[] timeline = [];
        for (var attempt = 0; attempt < 300; attempt++)
        {
            timeline = [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}")).GetProperty("timeline").EnumerateArray()];
            if (done(timeline))
                return timeline;
            await Task.Delay(100);
        }
        throw new ShouldAssertException($"Waited 30 s for {what}; the timeline was: {string.Join(", ", timeline.Select(e => e.GetProperty("type").GetString()))}");
    }
}
