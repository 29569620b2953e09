using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Qualification.Contracts;
using Modular.Modules.Qualification.Tests.Infrastructure;

namespace Modular.Modules.Qualification.Tests.Alerts;

/// <summary>Leads given to reps when their conversation ends: in turn, or by the tenant's rules; once per lead.</summary>
public sealed class AssignmentTests(SharedHost shared) : IClassFixture<SharedHost>
{
    [Fact]
    public async Task Round_robin_gives_leads_to_two_members_in_turn()
    {
        var (client, source) = await TenantAsync();
        var first = await Team.AddAsync(shared.Host, client);
        var second = await Team.AddAsync(shared.Host, client);

        var reps = new List<Guid>();
        for (var number = 1; number <= 3; number++)
            reps.Add(await AssignedRepAsync(client, source, number));

        reps.ShouldBe([first.Id, second.Id, first.Id]);
    }

    [Fact]
    public async Task Rules_send_a_sources_leads_to_its_rep_and_other_leads_take_turns_without_the_rules_using_any()
    {
        var (client, source) = await TenantAsync();
        var partnerSite = await AlertsApi.NewSourceAsync(client);
        var first = await Team.AddAsync(shared.Host, client);
        var second = await Team.AddAsync(shared.Host, client);
        var set = await client.PutAsJsonAsync("/api/v1/qualification/assignment", new
        {
            mode = "rules",
            rules = new object[] { new { country = "BE", userId = first.Id }, new { sourceId = partnerSite.Id, userId = second.Id } },
        });
        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());

        var byRule = await AssignmentAsync(client, partnerSite, 1);
        var byTurn = await AssignmentAsync(client, source, 2);
        var byRuleAgain = await AssignmentAsync(client, partnerSite, 3);
        var nextTurn = await AssignmentAsync(client, source, 4);

        byRule.GetProperty("userId").GetGuid().ShouldBe(second.Id);
        byRule.GetProperty("method").GetString().ShouldBe("rule");
        byRule.GetProperty("rule").GetInt32().ShouldBe(2, "the first rule (Belgium) does not match a French lead; the second does");
        byTurn.GetProperty("userId").GetGuid().ShouldBe(first.Id);
        byTurn.GetProperty("method").GetString().ShouldBe("round_robin");
        byRuleAgain.GetProperty("userId").GetGuid().ShouldBe(second.Id);
        nextTurn.GetProperty("userId").GetGuid().ShouldBe(second.Id, "leads assigned by rule take no turn from the rotation");
        var settings = await client.GetFromJsonAsync<JsonElement>("/api/v1/qualification/assignment");
        settings.GetProperty("mode").GetString().ShouldBe("rules");
        settings.GetProperty("rules")[0].GetProperty("country").GetString().ShouldBe("BE");
        settings.GetProperty("rules")[1].GetProperty("sourceId").GetGuid().ShouldBe(partnerSite.Id);
    }

    [Fact]
    public async Task A_lead_is_assigned_once_however_often_its_verdict_is_delivered()
    {
        var (client, source) = await TenantAsync();
        var tenantId = await TenantIdAsync(client);
        var first = await Team.AddAsync(shared.Host, client);
        var second = await Team.AddAsync(shared.Host, client);
        var leadId = await AlertsApi.PostLeadAsync(shared.Host, source, AlertsApi.Distinct(1));
        await AlertsApi.DisqualifyAsync(client, leadId);
        var assigned = await AlertsApi.AssignmentAsync(client, leadId);

        var mediator = shared.Host.Services.GetRequiredService<IMediator>();
        var report = (await mediator.Send(new GetQualificationReport(tenantId, leadId)))!;
        var redelivered = new LeadVerdictReached(report) { TenantId = tenantId, OccurredAt = DateTimeOffset.UtcNow };
        await mediator.Publish(redelivered);
        await mediator.Publish(redelivered);
        await mediator.Publish(new LeadVerdictReached(report) { TenantId = tenantId, OccurredAt = DateTimeOffset.UtcNow });

        var after = await AlertsApi.AssignmentAsync(client, leadId);
        after.GetProperty("userId").GetGuid().ShouldBe(first.Id);
        after.GetProperty("assignedAt").GetDateTimeOffset().ShouldBe(assigned.GetProperty("assignedAt").GetDateTimeOffset());
        var timeline = await AlertsApi.TimelineWhenAsync(client, leadId, t => t.Any(e => e.GetProperty("type").GetString() == "lead.assigned"), "the assignment in the timeline");
        timeline.Count(e => e.GetProperty("type").GetString() == "lead.assigned").ShouldBe(1);
        (await AssignedRepAsync(client, source, 2)).ShouldBe(second.Id, "the redeliveries took no turn");
    }

    [Fact]
    public async Task A_tenant_without_active_members_gives_its_leads_to_its_active_users()
    {
        var (client, source) = await TenantAsync();
        var admin = await Team.AddAsync(shared.Host, client, role: "Admin");
        await Team.InviteAsync(client);

        (await AssignedRepAsync(client, source, 1)).ShouldBe(admin.Id, "a member who has not accepted their invitation cannot sign in to follow a lead up");
    }

    [Fact]
    public async Task Assignment_settings_are_round_robin_by_default_and_invalid_ones_are_refused_by_field()
    {
        var (client, _) = await TenantAsync();
        var stranger = await Team.AddAsync(shared.Host, (await shared.NewTenantAsync()).Client(shared.Host));

        (await client.GetFromJsonAsync<JsonElement>("/api/v1/qualification/assignment")).GetProperty("mode").GetString().ShouldBe("round_robin");

        var refused = await client.PutAsJsonAsync("/api/v1/qualification/assignment", new
        {
            mode = "rules",
            rules = new object[] { new { country = "France", userId = stranger.Id } },
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.TryGetProperty("rules[0].country", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("rules[0].userId", out _).ShouldBeTrue("another tenant's user cannot be given this tenant's leads");

        var empty = await client.PutAsJsonAsync("/api/v1/qualification/assignment", new { mode = "rules", rules = Array.Empty<object>() });
        (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("rules", out _).ShouldBeTrue();
        var unknownMode = await client.PutAsJsonAsync("/api/v1/qualification/assignment", new { mode = "random" });
        (await unknownMode.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("mode", out _).ShouldBeTrue();
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/qualification/assignment")).GetProperty("mode").GetString().ShouldBe("round_robin");
    }

    [Fact]
    public async Task Another_tenants_lead_and_a_lead_without_a_verdict_have_no_assignment_to_show()
    {
        var (client, source) = await TenantAsync();
        await Team.AddAsync(shared.Host, client);
        var leadId = await AlertsApi.PostLeadAsync(shared.Host, source, AlertsApi.Distinct(1));
        await QualificationApi.ConversationWhenAsync(client, leadId, c => QualificationApi.Messages(c, "out").Length == 1, "the first message");

        (await client.GetAsync($"/api/v1/leads/{leadId}/assignment")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "no verdict, no assignment yet");
        await QualificationApi.ReplyAsync(client, leadId, "non");
        await AlertsApi.AssignmentAsync(client, leadId);

        var stranger = (await shared.NewTenantAsync()).Client(shared.Host);
        var answer = await stranger.GetAsync($"/api/v1/leads/{leadId}/assignment");
        answer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    private async Task<(HttpClient Client, AlertsApi.Source Source)> TenantAsync()
    {
        var client = (await shared.NewTenantAsync()).Client(shared.Host);
        await QualificationApi.SetWindowAsync(client, QualificationApi.AlwaysOpen);
        return (client, await AlertsApi.NewSourceAsync(client));
    }

    private async Task<JsonElement> AssignmentAsync(HttpClient client, AlertsApi.Source source, int number)
    {
        var leadId = await AlertsApi.PostLeadAsync(shared.Host, source, AlertsApi.Distinct(number));
        await AlertsApi.DisqualifyAsync(client, leadId);
        return await AlertsApi.AssignmentAsync(client, leadId);
    }

    private async Task<Guid> AssignedRepAsync(HttpClient client, AlertsApi.Source source, int number) =>
        (await AssignmentAsync(client, source, number)).GetProperty("userId").GetGuid();

    private static async Task<Guid> TenantIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/tenant")).GetProperty("id").GetGuid();
}
