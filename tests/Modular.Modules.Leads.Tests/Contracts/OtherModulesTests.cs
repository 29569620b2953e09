using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Leads.Contracts;

namespace Modular.Modules.Leads.Tests.Contracts;

/// <summary>What other modules (a CRM's feed) do through the Leads contracts: bring leads in and say how they ended.</summary>
public sealed class OtherModulesTests(SharedHost shared) : IClassFixture<SharedHost>
{
    private IMediator Mediator => shared.Host.Services.GetRequiredService<IMediator>();

    [Fact]
    public async Task A_lead_received_twice_under_one_key_is_stored_once_and_the_same_person_under_another_key_is_merged()
    {
        var tenant = await shared.NewTenantAsync();
        var fields = new Dictionary<string, string> { ["email"] = "Ada@Example.com", ["FirstName"] = "Ada", ["hubspotRecordId"] = "1001" };

        var first = await Mediator.Send(new ReceiveLead(tenant.Id, fields, "crm:x:1001", "crm:hubspot"));
        var repeated = await Mediator.Send(new ReceiveLead(tenant.Id, fields, "crm:x:1001", "crm:hubspot"));
        var samePerson = await Mediator.Send(new ReceiveLead(tenant.Id, new Dictionary<string, string> { ["email"] = "ada@example.com" }, "crm:x:1002", "crm:hubspot"));
        var refused = await Mediator.Send(new ReceiveLead(tenant.Id, new Dictionary<string, string> { ["firstName"] = "Nobody" }, "crm:x:1003", "crm:hubspot"));

        first.Created.ShouldBeTrue();
        repeated.ShouldBe(first with { Created = false });
        samePerson.LeadId.ShouldBe(first.LeadId);
        samePerson.Created.ShouldBeFalse();
        refused.LeadId.ShouldBeNull();
        refused.Refusal.ShouldNotBeNullOrWhiteSpace();
        var lead = await tenant.Client(shared.Host).GetFromJsonAsync<JsonElement>($"/api/v1/leads/{first.LeadId}");
        lead.GetProperty("firstName").GetString().ShouldBe("Ada");
        lead.GetProperty("attributes").GetProperty("hubspotRecordId").GetString().ShouldBe("1001", "fields the intake does not know are kept as attributes");
    }

    [Fact]
    public async Task An_outcome_from_another_module_is_recorded_like_the_clients_own_and_another_tenants_lead_is_not_touched()
    {
        var tenant = await shared.NewTenantAsync();
        var stranger = await shared.NewTenantAsync();
        var received = await Mediator.Send(new ReceiveLead(tenant.Id, new Dictionary<string, string> { ["email"] = "won@example.com" }, "k-won", "crm:pipedrive"));
        var leadId = received.LeadId!.Value;

        (await Mediator.Send(new RecordLeadOutcome(stranger.Id, leadId, true, 100, "EUR", "crm:pipedrive"))).ShouldBeFalse();
        (await Mediator.Send(new RecordLeadOutcome(tenant.Id, leadId, true, 123450, "eur", "crm:pipedrive"))).ShouldBeTrue();
        await Should.ThrowAsync<ArgumentException>(() => Mediator.Send(new RecordLeadOutcome(tenant.Id, leadId, true, 5, null, "crm:pipedrive")));

        var lead = await tenant.Client(shared.Host).GetFromJsonAsync<JsonElement>($"/api/v1/leads/{leadId}");
        lead.GetProperty("status").GetString().ShouldBe("Won");
        lead.GetProperty("outcome").GetProperty("amountMinor").GetInt64().ShouldBe(123450);
        lead.GetProperty("outcome").GetProperty("currency").GetString().ShouldBe("EUR");
        lead.ToString().ShouldContain("crm:pipedrive", Case.Sensitive, "the timeline says who recorded it");
    }
}
