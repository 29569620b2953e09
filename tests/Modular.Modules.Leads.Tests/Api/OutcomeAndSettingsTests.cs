using System.Net;
using System.Text.Json;

namespace Modular.Modules.Leads.Tests.Api;

public sealed class OutcomeAndSettingsTests : IDisposable
{
    private readonly ExtensionFolders folders = new();

    [Fact]
    public async Task An_outcome_sets_the_status_and_a_later_one_replaces_it_while_a_wrong_one_changes_nothing()
    {
        using var host = new ModularHost(folders);
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var stranger = (await TestTenant.CreateAsync(host, "Globex")).Client(host);
        var id = await LeadClient.CreateAsync(client, new { email = "ada@example.com" });
        var path = $"/api/v1/leads/{id}/outcome";

        var won = await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Post, path, """{"outcome":"WON","amountMinor":1250000,"currency":"eur"}"""), HttpStatusCode.OK);
        won.GetProperty("status").GetString().ShouldBe("Won");
        won.GetProperty("outcome").GetProperty("outcome").GetString().ShouldBe("won");
        won.GetProperty("outcome").GetProperty("amountMinor").GetInt64().ShouldBe(1250000);
        won.GetProperty("outcome").GetProperty("currency").GetString().ShouldBe("EUR");

        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Post, path, """{"outcome":"maybe"}"""), HttpStatusCode.BadRequest, "outcome");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Post, path, """{"outcome":"won","amountMinor":100}"""), HttpStatusCode.BadRequest, "currency");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Post, path, """{"outcome":"won","amountMinor":100,"currency":"EUX"}"""), HttpStatusCode.BadRequest, "currency");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Post, path, """{"outcome":"won","amountMinor":-1,"currency":"EUR"}"""), HttpStatusCode.BadRequest, "amountMinor");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(stranger, HttpMethod.Post, path, """{"outcome":"lost"}"""), HttpStatusCode.NotFound);
        (await LeadClient.GetAsync(client, id)).GetProperty("status").GetString().ShouldBe("Won", "no refused call changed anything");

        var lost = await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Post, path, """{"outcome":"lost"}"""), HttpStatusCode.OK);
        lost.GetProperty("status").GetString().ShouldBe("Lost");
        lost.GetProperty("outcome").GetProperty("amountMinor").ValueKind.ShouldBe(JsonValueKind.Null, "the new outcome replaces the old one whole");

        var entries = LeadClient.Timeline(await LeadClient.GetAsync(client, id), "lead.outcome").ToList();
        entries.Count.ShouldBe(2);
        entries[0].GetProperty("data").GetProperty("previous").GetString().ShouldBe("won");
        var recorded = (await OutboxEvents.AboutAsync(host, id)).Where(e => e.Type == "LeadOutcomeRecorded").Select(e => e.Payload).ToList();
        recorded.Select(e => e.GetProperty("outcome").GetString()).ShouldBe(["won", "lost"]);
        recorded[0].GetProperty("amountMinor").GetInt64().ShouldBe(1250000);
        recorded[0].GetProperty("currency").GetString().ShouldBe("EUR");
    }

    [Fact]
    public async Task Settings_start_at_the_defaults_change_for_one_tenant_only_and_refuse_a_window_out_of_range()
    {
        using var host = new ModularHost(folders);
        var client = (await TestTenant.CreateAsync(host, "Acme")).Client(host);
        var other = (await TestTenant.CreateAsync(host, "Globex")).Client(host);

        (await LeadClient.ReadAsync(await client.GetAsync("/api/v1/leads/settings"), HttpStatusCode.OK)).GetProperty("dedupWindowDays").GetInt32().ShouldBe(90);
        (await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Put, "/api/v1/leads/settings", """{"dedupWindowDays":30}"""), HttpStatusCode.OK))
            .GetProperty("dedupWindowDays").GetInt32().ShouldBe(30);
        (await LeadClient.ReadAsync(await LeadClient.SendAsync(client, HttpMethod.Put, "/api/v1/leads/settings", """{"dedupWindowDays":7}"""), HttpStatusCode.OK))
            .GetProperty("dedupWindowDays").GetInt32().ShouldBe(7);
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Put, "/api/v1/leads/settings", """{"dedupWindowDays":0}"""), HttpStatusCode.BadRequest, "dedupWindowDays");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Put, "/api/v1/leads/settings", """{"dedupWindowDays":3651}"""), HttpStatusCode.BadRequest, "dedupWindowDays");
        await LeadClient.ProblemAsync(await LeadClient.SendAsync(client, HttpMethod.Put, "/api/v1/leads/settings", """{"dedupWindowDays":30,"extra":true}"""), HttpStatusCode.BadRequest);

        (await LeadClient.ReadAsync(await client.GetAsync("/api/v1/leads/settings"), HttpStatusCode.OK)).GetProperty("dedupWindowDays").GetInt32().ShouldBe(7);
        (await LeadClient.ReadAsync(await other.GetAsync("/api/v1/leads/settings"), HttpStatusCode.OK)).GetProperty("dedupWindowDays").GetInt32().ShouldBe(90);
    }

    public void Dispose() => folders.Dispose();
}
