using Modular.Plugins.Samples.CrmConnector.Tests.Infrastructure;

namespace Modular.Plugins.Samples.CrmConnector.Tests;

/// <summary>What is particular to Sample CRM; what every connector must do is in <see cref="SampleCrmConformanceTests"/>.</summary>
public sealed class SampleCrmConnectorTests : IAsyncLifetime, IDisposable
{
    private readonly SampleCrmPluginScope plugin = new();
    private FakeSampleCrm crm = null!;

    private CrmConnection Connection => new(crm.BaseUrl, crm.AcceptedSettings);

    [Fact]
    public async Task A_lead_is_searched_by_email_then_created_or_updated_under_the_base_urls_path_with_the_key_as_bearer()
    {
        var lead = new CrmLead(Guid.NewGuid(), "jeanne.dupont@example.fr", "+33612345678", "Jeanne", "Dupont", null, new Dictionary<string, string> { ["budget"] = "5000" });

        var created = await plugin.Connector.UpsertLeadAsync(Connection, lead, default);
        var updated = await plugin.Connector.UpsertLeadAsync(Connection, lead with { Company = "Dupont SARL" }, default);

        created.Outcome.ShouldBe(RemoteOutcome.Created, created.Message);
        updated.Outcome.ShouldBe(RemoteOutcome.Updated, updated.Message);
        crm.Requests.Select(r => $"{r.Method} {r.PathAndQuery}").ShouldBe([
            "GET /v1/contacts?email=jeanne.dupont%40example.fr", "POST /v1/contacts",
            "GET /v1/contacts?email=jeanne.dupont%40example.fr", $"PUT /v1/contacts/{created.RemoteId}",
        ]);
        crm.Requests.ShouldAllBe(r => r.Authorization == $"Bearer {FakeSampleCrm.ApiKey}");
        var contact = crm.Contacts.ShouldHaveSingleItem();
        contact.Company.ShouldBe("Dupont SARL");
        contact.Fields["budget"].ShouldBe("5000", "mapped attributes go in fields, named as the tenant mapped them");
    }

    [Fact]
    public async Task The_crms_reason_reaches_the_message_without_the_key_even_when_the_crm_echoes_it()
    {
        crm.AnswerNext(1, () => SampleCrmEndpoints.Error(400, $"Bad request from key {FakeSampleCrm.ApiKey}: phone is not E.164"));
        crm.AnswerNext(1, () => SampleCrmEndpoints.Error(409, "Another contact has this email."));

        var refused = await plugin.Connector.UpsertLeadAsync(Connection, Leads.Jeanne(), default);
        var conflict = await plugin.Connector.UpsertLeadAsync(Connection, Leads.Jeanne(), default);

        refused.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        refused.Message.ShouldNotBeNull().ShouldContain("phone is not E.164");
        refused.Message.ShouldNotContain(FakeSampleCrm.ApiKey);
        conflict.Outcome.ShouldBe(RemoteOutcome.Conflict, "a conflict is parked for people to resolve, not retried");
        plugin.Logs.Lines.ShouldNotBeEmpty();
        plugin.Logs.Lines.ShouldAllBe(line => !line.Contains("jeanne.dupont"), "the lead's email stays out of the logs");
    }

    public async Task InitializeAsync() => crm = await FakeSampleCrm.StartAsync();

    public async Task DisposeAsync() => await crm.DisposeAsync();

    public void Dispose() => plugin.Dispose();
}
