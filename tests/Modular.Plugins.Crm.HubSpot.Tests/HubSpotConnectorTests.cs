using Modular.Plugins.Crm.HubSpot.Tests.Infrastructure;
using Modular.Sdk.Network;

namespace Modular.Plugins.Crm.HubSpot.Tests;

/// <summary>What is particular to HubSpot; what every connector must do is in <see cref="HubSpotConformanceTests"/>.</summary>
public sealed class HubSpotConnectorTests : IAsyncLifetime, IDisposable
{
    private readonly HubSpotPluginScope plugin = new();
    private FakeHubSpotServer hubspot = null!;

    private ICrmConnector Connector => plugin.Connector;

    [Fact]
    public async Task A_lead_with_an_email_is_upserted_by_email_so_pushing_it_twice_leaves_one_contact()
    {
        var lead = Leads.Jeanne();

        var first = await Connector.UpsertLeadAsync(Leads.To(hubspot), lead, default);
        var second = await Connector.UpsertLeadAsync(Leads.To(hubspot), lead with { Email = "Jeanne.Dupont@Example.FR", LastName = "Martin" }, default);

        first.Outcome.ShouldBe(RemoteOutcome.Created, first.Message);
        second.Outcome.ShouldBe(RemoteOutcome.Updated, second.Message);
        second.RemoteId.ShouldBe(first.RemoteId);
        var contact = hubspot.Contacts.ShouldHaveSingleItem();
        contact.Id.ShouldBe(first.RemoteId);
        contact.Properties["email"].ShouldBe("jeanne.dupont@example.fr");
        contact.Properties["lastname"].ShouldBe("Martin");
        contact.Properties["phone"].ShouldBe("+33612345678");
        contact.Properties["city"].ShouldBe("Lyon", "mapped attributes go as they are");
        hubspot.Requests.ShouldAllBe(r => r.Path == "/crm/v3/objects/contacts/batch/upsert" && r.Authorization == $"Bearer {hubspot.AccessToken}");
    }

    [Fact]
    public async Task The_report_becomes_a_note_associated_with_the_contact()
    {
        var contact = await Connector.UpsertLeadAsync(Leads.To(hubspot), Leads.Jeanne(), default);

        var attached = await Connector.AttachReportAsync(Leads.To(hubspot), contact.RemoteId!, new CrmReport("Hot", 87, "Budget: 5000 €\nWhen: <this month>"), default);

        attached.Outcome.ShouldBe(RemoteOutcome.Created, attached.Message);
        var note = hubspot.Notes.ShouldHaveSingleItem();
        note.Id.ShouldBe(attached.RemoteId);
        note.ContactIds.ShouldBe([contact.RemoteId!]);
        note.Body.ShouldContain("Hot, score 87");
        note.Body.ShouldContain("<p>Budget: 5000 €</p>");
        note.Body.ShouldContain("&lt;this month&gt;", Case.Sensitive, "the report's text is escaped, not taken as HTML");
    }

    [Fact]
    public async Task A_server_error_is_retryable_and_a_refused_token_is_permanent_without_the_token_in_the_message()
    {
        hubspot.FailNextWithServerError();
        var failed = await Connector.UpsertLeadAsync(Leads.To(hubspot), Leads.Jeanne(), default);
        const string wrongToken = "pat-eu1-not-the-token-42";
        var refused = await Connector.UpsertLeadAsync(Leads.To(hubspot, wrongToken), Leads.Jeanne(), default);

        failed.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        refused.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        refused.Message.ShouldNotBeNull().ShouldContain("access token");
        refused.Message.ShouldNotContain(wrongToken);
        hubspot.Contacts.ShouldBeEmpty();
    }

    [Fact]
    public async Task Testing_the_connection_says_whether_hubspot_takes_the_token()
    {
        (await Connector.TestConnectionAsync(Leads.To(hubspot), default)).Outcome.ShouldBe(RemoteOutcome.Succeeded);
        (await Connector.TestConnectionAsync(Leads.To(hubspot, "pat-wrong"), default)).Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        (await Connector.TestConnectionAsync(new CrmConnection(hubspot.BaseUrl, new Dictionary<string, string>()), default)).Message.ShouldNotBeNull().ShouldContain("accessToken");
    }

    [Fact]
    public async Task A_base_url_into_the_operators_network_is_refused_unless_the_operator_allows_it()
    {
        using var guarded = new HubSpotPluginScope(new OutboundRules(AllowHttp: true));

        var result = await guarded.Connector.UpsertLeadAsync(Leads.To(hubspot), Leads.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.Message.ShouldNotBeNull().ShouldContain("AllowPrivateTargets");
        hubspot.Requests.ShouldBeEmpty();
    }

    public async Task InitializeAsync() => hubspot = await FakeHubSpotServer.StartAsync();

    public async Task DisposeAsync() => await hubspot.DisposeAsync();

    public void Dispose() => plugin.Dispose();
}
