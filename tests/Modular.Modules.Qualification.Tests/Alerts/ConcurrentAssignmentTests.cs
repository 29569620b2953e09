using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Qualification.Contracts;

namespace Modular.Modules.Qualification.Tests.Alerts;

/// <summary>Verdicts handled at the same moment: the round robin stays fair and no lead is assigned twice.</summary>
public sealed class ConcurrentAssignmentTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private const int Leads = 12;

    [Fact]
    public async Task Verdicts_reached_at_once_share_the_leads_evenly_between_two_members_and_each_lead_is_assigned_once()
    {
        var tenant = await shared.NewTenantAsync();
        var client = tenant.Client(shared.Host);
        var first = await Team.AddAsync(shared.Host, client);
        var second = await Team.AddAsync(shared.Host, client);
        var leads = new List<Guid>();
        for (var number = 0; number < Leads; number++)
            leads.Add(await CreateLeadAsync(client, number));

        // Each verdict delivered twice, all at once, as two host instances' dispatchers could.
        var mediator = shared.Host.Services.GetRequiredService<IMediator>();
        var verdicts = leads.Select(lead => Verdict(tenant.Id, lead)).ToList();
        await Task.WhenAll(verdicts.Concat(verdicts).Select(verdict => Task.Run(() => mediator.Publish(verdict))));

        var reps = new List<Guid>();
        foreach (var lead in leads)
            reps.Add((await client.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{lead}/assignment")).GetProperty("userId").GetGuid());
        reps.Count(rep => rep == first.Id).ShouldBe(Leads / 2, string.Join(", ", reps));
        reps.Count(rep => rep == second.Id).ShouldBe(Leads / 2);
    }

    private static async Task<Guid> CreateLeadAsync(HttpClient client, int number)
    {
        var created = await client.PostAsJsonAsync("/api/v1/leads", new { firstName = $"Lead{number}", email = $"lead{number}@example.fr", country = "FR" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static LeadVerdictReached Verdict(Guid tenantId, Guid leadId) =>
        new(new QualificationReport(leadId, Guid.NewGuid(), "Disqualified", "default", 1, "fr", [], DateTimeOffset.UtcNow))
        {
            TenantId = tenantId,
            OccurredAt = DateTimeOffset.UtcNow,
        };
}
