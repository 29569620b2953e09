using System.Text.Json;
using Modular.Plugins.Crm.Pipedrive.Tests.Infrastructure;

namespace Modular.Plugins.Crm.Pipedrive.Tests;

/// <summary>What is particular to Pipedrive; what every connector must do is in <see cref="PipedriveConformanceTests"/>.</summary>
public sealed class PipedriveConnectorTests : IAsyncLifetime, IDisposable
{
    private readonly PipedrivePluginScope plugin = new();
    private FakePipedriveServer pipedrive = null!;

    private ICrmConnector Connector => plugin.Connector;

    [Fact]
    public async Task When_several_persons_share_the_email_the_oldest_is_updated_and_none_is_added()
    {
        var oldest = pipedrive.AddPerson("J. Dupont", "jeanne.dupont@example.fr");
        var newer = pipedrive.AddPerson("Jeanne D.", "Jeanne.Dupont@example.fr");

        var result = await Connector.UpsertLeadAsync(Pushes.To(pipedrive), Pushes.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.Updated, result.Message);
        result.RemoteId.ShouldBe(oldest.Id.ToString());
        pipedrive.Persons.Count.ShouldBe(2);
        pipedrive.Persons.Single(p => p.Id == oldest.Id).Name.ShouldBe("Jeanne Dupont");
        pipedrive.Persons.Single(p => p.Id == newer.Id).ShouldBe(newer, "the newer duplicate is left as it was");
        pipedrive.Leads.ShouldHaveSingleItem().PersonId.ShouldBe(oldest.Id);
    }

    [Fact]
    public async Task The_person_gets_one_open_lead_that_a_second_upsert_reuses()
    {
        var first = await Connector.UpsertLeadAsync(Pushes.To(pipedrive), Pushes.Jeanne(), default);
        var second = await Connector.UpsertLeadAsync(Pushes.To(pipedrive), Pushes.Jeanne() with { LastName = "Martin" }, default);

        first.Outcome.ShouldBe(RemoteOutcome.Created, first.Message);
        second.Outcome.ShouldBe(RemoteOutcome.Updated, second.Message);
        var lead = pipedrive.Leads.ShouldHaveSingleItem();
        lead.PersonId.ShouldBe(long.Parse(first.RemoteId!));
        lead.Title.ShouldBe("Jeanne Dupont (Modular)");
        pipedrive.Requests.Where(r => r.Path.StartsWith("/api/v1/leads?")).ShouldAllBe(r => r.Path.Contains("archived_status=not_archived"));
    }

    [Fact]
    public async Task An_archived_lead_does_not_count_as_the_persons_open_lead()
    {
        var person = pipedrive.AddPerson("Jeanne Dupont", "jeanne.dupont@example.fr", "+33612345678");
        var archived = pipedrive.AddLead(person.Id, "Last year's enquiry", isArchived: true);

        var result = await Connector.UpsertLeadAsync(Pushes.To(pipedrive), Pushes.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.Updated, result.Message);
        pipedrive.Leads.Count.ShouldBe(2);
        pipedrive.Leads.ShouldContain(l => l.Id != archived.Id && !l.IsArchived && l.PersonId == person.Id);
    }

    [Fact]
    public async Task The_report_is_a_note_on_the_person_and_its_lead_with_the_text_escaped()
    {
        var person = await Connector.UpsertLeadAsync(Pushes.To(pipedrive), Pushes.Jeanne(), default);

        var attached = await Connector.AttachReportAsync(Pushes.To(pipedrive), person.RemoteId!, new CrmReport("Hot", 87, "Budget: 5000 €\nWhen: <this month>"), default);

        attached.Outcome.ShouldBe(RemoteOutcome.Created, attached.Message);
        var note = pipedrive.Notes.ShouldHaveSingleItem();
        note.Id.ToString().ShouldBe(attached.RemoteId);
        note.PersonId.ShouldBe(long.Parse(person.RemoteId!));
        note.LeadId.ShouldBe(pipedrive.Leads.ShouldHaveSingleItem().Id);
        note.Content.ShouldContain("Hot, score 87");
        note.Content.ShouldContain("Budget: 5000 €<br>");
        note.Content.ShouldContain("&lt;this month&gt;", Case.Sensitive, "the report's text is escaped, not taken as HTML");
        using var sent = JsonDocument.Parse(pipedrive.Requests.Single(r => r.Path == "/api/v1/notes").Body);
        sent.RootElement.GetProperty("person_id").ValueKind.ShouldBe(JsonValueKind.Number, "Pipedrive takes person ids as numbers");
    }

    [Fact]
    public async Task Adding_a_phone_to_a_person_found_by_email_keeps_its_other_emails_and_phones()
    {
        var person = pipedrive.AddPerson("D.", "jeanne.dupont@example.fr", "+33100000000");

        var result = await Connector.UpsertLeadAsync(Pushes.To(pipedrive), Pushes.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.Updated, result.Message);
        var updated = pipedrive.Persons.ShouldHaveSingleItem();
        updated.Emails.ShouldBe(person.Emails, "the email was already there");
        updated.Phones.ShouldBe([new FakePipedriveEntry("+33100000000", true, "mobile"), new FakePipedriveEntry("+33612345678", false, "mobile")]);
    }

    [Fact]
    public async Task Mapped_values_are_written_to_the_custom_fields_the_client_named_on_create_and_update()
    {
        const string BudgetKey = "9a1b2c3d4e5f60718293a4b5c6d7e8f901234567";
        var withBudget = Pushes.Jeanne() with { Attributes = new Dictionary<string, string> { [BudgetKey] = "300000" } };

        var created = await Connector.UpsertLeadAsync(Pushes.To(pipedrive), withBudget, default);
        pipedrive.Persons.ShouldHaveSingleItem().CustomFields[BudgetKey].ShouldBe("300000");
        var updated = await Connector.UpsertLeadAsync(Pushes.To(pipedrive), withBudget with { Attributes = new Dictionary<string, string> { [BudgetKey] = "450000" } }, default);

        updated.RemoteId.ShouldBe(created.RemoteId);
        pipedrive.Persons.ShouldHaveSingleItem().CustomFields[BudgetKey].ShouldBe("450000");
    }

    [Fact]
    public async Task The_token_travels_only_in_the_x_api_token_header()
    {
        const string wrongToken = "ffffffffffffffffffffffffffffffffffffffff";
        var person = await Connector.UpsertLeadAsync(Pushes.To(pipedrive), Pushes.Jeanne(), default);
        await Connector.AttachReportAsync(Pushes.To(pipedrive), person.RemoteId!, new CrmReport("Hot", 87, "Budget: 5000"), default);
        await Connector.TestConnectionAsync(Pushes.To(pipedrive), default);
        var refused = await Connector.UpsertLeadAsync(Pushes.To(pipedrive, wrongToken), Pushes.Jeanne(), default);

        refused.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        refused.Message.ShouldNotBeNull().ShouldContain("API token");
        refused.Message.ShouldNotContain(wrongToken);
        pipedrive.Requests.Count.ShouldBeGreaterThan(5);
        pipedrive.Requests.ShouldAllBe(r => r.ApiToken == pipedrive.ApiToken || r.ApiToken == wrongToken);
        pipedrive.Requests.ShouldAllBe(r => r.Authorization == null);
        pipedrive.Requests.ShouldAllBe(r => !r.Path.Contains(pipedrive.ApiToken) && !r.Path.Contains(wrongToken) && !r.Path.Contains("api_token"));
    }

    [Fact]
    public async Task A_429_without_retry_after_waits_as_long_as_the_rate_limit_reset_header_says()
    {
        pipedrive.RateLimitNext(1, TimeSpan.FromSeconds(4), sendRetryAfter: false);

        var limited = await Connector.UpsertLeadAsync(Pushes.To(pipedrive), Pushes.Jeanne(), default);

        limited.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        limited.RetryAfter.ShouldBe(TimeSpan.FromSeconds(4));
        limited.Message.ShouldNotBeNull().ShouldContain("Request over limit");
    }

    [Fact]
    public async Task Testing_the_connection_asks_for_the_tokens_user_and_names_a_missing_token()
    {
        (await Connector.TestConnectionAsync(Pushes.To(pipedrive), default)).Outcome.ShouldBe(RemoteOutcome.Succeeded);
        pipedrive.Requests.ShouldHaveSingleItem().Path.ShouldBe("/api/v1/users/me");
        var missing = await Connector.TestConnectionAsync(new CrmConnection(pipedrive.BaseUrl, new Dictionary<string, string>()), default);
        missing.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        missing.Message.ShouldNotBeNull().ShouldContain("apiToken");
    }

    public async Task InitializeAsync() => pipedrive = await FakePipedriveServer.StartAsync();

    public async Task DisposeAsync() => await pipedrive.DisposeAsync();

    public void Dispose() => plugin.Dispose();
}
