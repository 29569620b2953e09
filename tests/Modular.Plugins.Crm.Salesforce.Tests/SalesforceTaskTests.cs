using Modular.Plugins.Crm.Salesforce.Tests.Infrastructure;

namespace Modular.Plugins.Crm.Salesforce.Tests;

/// <summary>The qualification report as a Salesforce task.</summary>
public sealed class SalesforceTaskTests : SalesforceTest
{
    [Fact]
    public async Task The_report_is_a_completed_task_on_the_lead_dated_today_in_utc()
    {
        var lead = await Connector.UpsertLeadAsync(Leads.To(Salesforce), Leads.Jeanne(), default);

        var attached = await Connector.AttachReportAsync(Leads.To(Salesforce), lead.RemoteId!, new CrmReport("Hot", 87, "Budget: 5000 €\nWhen: <this month>"), default);

        attached.Outcome.ShouldBe(RemoteOutcome.Created, attached.Message);
        var task = Salesforce.Tasks.ShouldHaveSingleItem();
        task.Id.ShouldBe(attached.RemoteId);
        task.Id.ShouldStartWith("00T");
        task.WhoId.ShouldBe(lead.RemoteId);
        task.Status.ShouldBe("Completed");
        task.Subject.ShouldBe("Modular qualification: Hot, score 87");
        task.Description.ShouldBe("Budget: 5000 €\nWhen: <this month>", "a task's comments are plain text, kept as written");
        task.ActivityDate.ShouldBe("2031-03-04");
    }

    [Fact]
    public async Task A_report_on_a_record_salesforce_does_not_hold_fails_permanently_with_its_reason()
    {
        var attached = await Connector.AttachReportAsync(Leads.To(Salesforce), "00QFk0000009999AAA", new CrmReport("Hot", 87, "Budget: 1"), default);

        attached.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        attached.Message.ShouldNotBeNull().ShouldContain("FIELD_INTEGRITY_EXCEPTION");
        Salesforce.Tasks.ShouldBeEmpty();
    }
}
