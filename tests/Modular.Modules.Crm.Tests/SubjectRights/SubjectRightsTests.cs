using System.Net.Http.Json;
using System.Text.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Crm.Tests.Infrastructure;
using Modular.Modules.Privacy.Contracts;

namespace Modular.Modules.Crm.Tests.SubjectRights;

/// <summary>
/// A person's rights of access and erasure over the copies of their lead pushed to the tenant's CRM: the push history
/// is shown and erased; the CRM's own record, which no connector can delete, is named for the tenant to delete by hand.
/// </summary>
public sealed class SubjectRightsTests(CrmHost shared) : IClassFixture<CrmHost>, IAsyncLifetime
{
    private const string Module = "crm";
    private readonly SubjectRightsRequests rights = new(shared.Host, Module);
    private FakeHubSpotServer hubspot = null!;

    public async Task InitializeAsync() => hubspot = await FakeHubSpotServer.StartAsync();

    public async Task DisposeAsync() => await hubspot.DisposeAsync();

    [Fact]
    public async Task Access_shows_each_push_with_its_crm_and_record_id()
    {
        var (tenantId, _, leadId) = await PushedHotLeadAsync();
        var subject = await FindAsync(tenantId);

        var section = (await rights.CollectAsync(tenantId, subject)).ShouldHaveSingleItem();

        section.Category.ShouldBe("CRM pushes");
        section.Grounds.Recipients.ShouldContain("CRM");
        var push = section.Records.ShouldHaveSingleItem();
        push["leadId"].ShouldBe(leadId.ToString());
        push["connector"]!.ShouldContain("hubspot");
        push["remoteId"].ShouldBe(hubspot.Contacts.ShouldHaveSingleItem().Id);
        push["reportRemoteId"].ShouldBe(hubspot.Notes.ShouldHaveSingleItem().Id);
        push["status"].ShouldBe("succeeded");
        push["trigger"].ShouldBe("verdict");
    }

    [Fact]
    public async Task Erasure_names_each_crm_record_to_delete_by_hand_then_erases_the_push_history_and_running_it_again_does_nothing()
    {
        var (tenantId, client, leadId) = await PushedHotLeadAsync();
        var subject = await FindAsync(tenantId);
        var contact = hubspot.Contacts.ShouldHaveSingleItem();

        var outcomes = await rights.EraseAsync(tenantId, subject);

        var manual = outcomes.Single(o => o.Action == ErasureActions.Manual);
        manual.Category.ShouldBe("CRM record");
        manual.Records.ShouldBe(1);
        manual.Detail!.ShouldContain(contact.Id);
        manual.Detail!.ShouldContain("hubspot");
        manual.Detail!.ShouldContain(hubspot.Notes.ShouldHaveSingleItem().Id, Case.Sensitive, "the report note attached to it is named too");
        outcomes.Single(o => o.Action == ErasureActions.Erased).ShouldBe(new ErasureOutcome(Module, "CRM pushes", ErasureActions.Erased, 1));
        hubspot.Contacts.ShouldHaveSingleItem("nothing was deleted in the CRM: the connector cannot, so the tenant is told to");
        var syncs = await client.GetFromJsonAsync<JsonElement>("/api/v1/crm/syncs");
        syncs.GetProperty("items").EnumerateArray().ShouldNotContain(s => s.GetProperty("leadId").GetGuid() == leadId);
        (await rights.CollectAsync(tenantId, subject)).ShouldBeEmpty();

        var again = await rights.EraseAsync(tenantId, subject);
        again.ShouldBe([new ErasureOutcome(Module, "CRM pushes", ErasureActions.Erased, 0)], "the job may run twice: the second run finds nothing");
    }

    [Fact]
    public async Task Another_tenants_pushes_of_the_same_person_are_neither_shown_nor_erased()
    {
        var (tenantId, _, leadId) = await PushedHotLeadAsync();
        var strangerClient = (await shared.NewTenantAsync()).Client(shared.Host);
        await CrmApi.CreateConnectorAsync(strangerClient, CrmApi.HubSpot(hubspot));
        var theirs = await CrmApi.CreateLeadAsync(strangerClient);
        var push = await CrmApi.PushAsync(strangerClient, theirs);
        await CrmApi.SyncWhenAsync(strangerClient, theirs, CrmApi.Is(push.GetProperty("id").GetGuid(), "succeeded"), "the other tenant's push");
        var leaked = new SubjectLeads([leadId, theirs], ["jeanne.dupont@example.fr"]);

        var shown = (await rights.CollectAsync(tenantId, leaked)).ShouldHaveSingleItem().Records;
        var outcomes = await rights.EraseAsync(tenantId, leaked);

        shown.ShouldHaveSingleItem()["leadId"].ShouldBe(leadId.ToString(), "even handed another tenant's lead id, a module reads only the request's tenant");
        outcomes.Single(o => o.Action == ErasureActions.Erased).Records.ShouldBe(1);
        (await strangerClient.GetFromJsonAsync<JsonElement>($"/api/v1/leads/{theirs}/crm-syncs")).GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    /// <summary>Jeanne, posted through a source and qualified Hot over the sandbox, pushed to HubSpot with her report on the verdict.</summary>
    private async Task<(Guid TenantId, HttpClient Client, Guid LeadId)> PushedHotLeadAsync()
    {
        var tenant = await shared.NewTenantAsync();
        var client = tenant.Client(shared.Host);
        await CrmApi.CreateConnectorAsync(client, CrmApi.HubSpot(hubspot, syncOn: ["hot"]));
        var leadId = await Conversation.QualifyAsHotAsync(shared.Host, client);
        await CrmApi.SyncWhenAsync(client, leadId, s => s.GetProperty("status").GetString() == "succeeded" && s.GetProperty("reportAttached").GetBoolean(), "the push on the verdict");
        return (tenant.Id, client, leadId);
    }

    private Task<SubjectLeads> FindAsync(Guid tenantId) => rights.FindAsync(tenantId, "jeanne.dupont@example.fr", null);
}
