using Modular.Plugins.Crm.Salesforce.Tests.Infrastructure;

namespace Modular.Plugins.Crm.Salesforce.Tests;

/// <summary>How leads are found, created and updated; what every connector must do is in <see cref="SalesforceConformanceTests"/>.</summary>
public sealed class SalesforceLeadTests : SalesforceTest
{
    [Fact]
    public async Task An_email_with_a_quote_is_queried_as_one_escaped_literal_and_its_lead_is_found()
    {
        var existing = Salesforce.AddLead(Leads.InSalesforce("o'brien@example.fr"));

        var result = await Connector.UpsertLeadAsync(Leads.To(Salesforce), Leads.Jeanne(email: "o'brien@example.fr"), default);

        result.Outcome.ShouldBe(RemoteOutcome.Updated, result.Message);
        result.RemoteId.ShouldBe(existing.Id);
        Salesforce.Requests[0].Soql.ShouldBe(@"SELECT Id FROM Lead WHERE Email = 'o\'brien@example.fr' AND IsConverted = false ORDER BY CreatedDate LIMIT 1");
        Salesforce.Leads.ShouldHaveSingleItem().LastName.ShouldBe("Dupont");
    }

    [Fact]
    public async Task A_lead_is_updated_with_a_patch_of_its_fields_and_created_with_a_post_otherwise()
    {
        var created = await Connector.UpsertLeadAsync(Leads.To(Salesforce), Leads.Jeanne(), default);
        var updated = await Connector.UpsertLeadAsync(Leads.To(Salesforce), Leads.Jeanne() with { FirstName = "Jeanne-Marie" }, default);

        created.Outcome.ShouldBe(RemoteOutcome.Created, created.Message);
        created.RemoteId.ShouldNotBeNull().ShouldStartWith("00Q");
        created.RemoteId.Length.ShouldBe(18);
        updated.RemoteId.ShouldBe(created.RemoteId);
        Salesforce.Requests.Select(r => $"{r.Method} {r.Path.Split('?')[0]} {r.StatusCode}").ShouldBe(
        [
            "GET /services/data/v61.0/query 200", "POST /services/data/v61.0/sobjects/Lead 201",
            "GET /services/data/v61.0/query 200", $"PATCH /services/data/v61.0/sobjects/Lead/{created.RemoteId} 204",
        ]);
        var lead = Salesforce.Leads.ShouldHaveSingleItem();
        lead.FirstName.ShouldBe("Jeanne-Marie");
        lead.Fields["City"].ShouldBe("Lyon", "mapped attributes go as Salesforce fields");
    }

    [Fact]
    public async Task A_new_lead_without_last_name_or_company_gets_the_placeholder_salesforce_itself_uses()
    {
        var result = await Connector.UpsertLeadAsync(Leads.To(Salesforce), Leads.Jeanne() with { LastName = null, Company = " " }, default);

        result.Outcome.ShouldBe(RemoteOutcome.Created, result.Message);
        var lead = Salesforce.Leads.ShouldHaveSingleItem();
        lead.LastName.ShouldBe("[not provided]");
        lead.Company.ShouldBe("[not provided]");
    }

    [Fact]
    public async Task An_update_never_replaces_a_name_or_company_someone_entered_with_the_placeholder()
    {
        var existing = Salesforce.AddLead(Leads.InSalesforce("jeanne.dupont@example.fr", lastName: "Dupont", company: "Dupont SARL"));

        var result = await Connector.UpsertLeadAsync(Leads.To(Salesforce), Leads.Jeanne() with { LastName = null, Company = null }, default);

        result.Outcome.ShouldBe(RemoteOutcome.Updated, result.Message);
        var lead = Salesforce.Leads.ShouldHaveSingleItem();
        lead.Id.ShouldBe(existing.Id);
        lead.LastName.ShouldBe("Dupont");
        lead.Company.ShouldBe("Dupont SARL");
    }

    [Fact]
    public async Task A_converted_lead_is_left_alone_and_the_person_comes_back_as_a_new_lead()
    {
        var converted = Salesforce.AddLead(Leads.InSalesforce("jeanne.dupont@example.fr"), isConverted: true);

        var result = await Connector.UpsertLeadAsync(Leads.To(Salesforce), Leads.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.Created, result.Message);
        result.RemoteId.ShouldNotBe(converted.Id);
        Salesforce.Leads.Count.ShouldBe(2);
        Salesforce.Leads.Single(l => l.Id == converted.Id).LastName.ShouldBe("Existing");
    }

    [Fact]
    public async Task Saves_refuse_duplicates_and_a_duplicate_rule_hit_is_a_conflict_that_saves_nothing()
    {
        Salesforce.DuplicateRuleOnEmail = true;
        var converted = Salesforce.AddLead(Leads.InSalesforce("jeanne.dupont@example.fr"), isConverted: true);

        var result = await Connector.UpsertLeadAsync(Leads.To(Salesforce), Leads.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.Conflict, result.Message);
        result.Message.ShouldNotBeNull().ShouldContain("duplicate");
        Salesforce.Leads.ShouldHaveSingleItem().Id.ShouldBe(converted.Id);
        Salesforce.Requests.Single(r => r.Method == "POST").DuplicateRuleHeader.ShouldBe("allowSave=false");
    }

    [Fact]
    public async Task The_api_version_setting_chooses_the_version_in_every_path()
    {
        var result = await Connector.UpsertLeadAsync(Leads.To(Salesforce, apiVersion: "58.0"), Leads.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.Created, result.Message);
        Salesforce.Requests.Count.ShouldBe(2);
        Salesforce.Requests.ShouldAllBe(r => r.Path.StartsWith("/services/data/v58.0/"));
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("v61")]
    [InlineData("v45.0")]
    public async Task An_api_version_of_another_shape_or_too_old_fails_permanently_without_a_call(string apiVersion)
    {
        var result = await Connector.UpsertLeadAsync(Leads.To(Salesforce, apiVersion: apiVersion), Leads.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.Message.ShouldNotBeNull().ShouldContain("apiVersion");
        Salesforce.Requests.ShouldBeEmpty();
    }
}
