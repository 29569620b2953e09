using Modular.Plugins.Crm.Salesforce.Tests.Infrastructure;
using Modular.Sdk.Network;

namespace Modular.Plugins.Crm.Salesforce.Tests;

/// <summary>How the connection is tested and how Salesforce's errors become outcomes the host can act on.</summary>
public sealed class SalesforceFailureTests : SalesforceTest
{
    [Fact]
    public async Task Testing_the_connection_says_whether_salesforce_takes_the_token()
    {
        (await Connector.TestConnectionAsync(Leads.To(Salesforce), default)).Outcome.ShouldBe(RemoteOutcome.Succeeded);
        (await Connector.TestConnectionAsync(Leads.To(Salesforce, "00Dwrong!token"), default)).Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        (await Connector.TestConnectionAsync(new CrmConnection(Salesforce.BaseUrl, new Dictionary<string, string>()), default)).Message.ShouldNotBeNull().ShouldContain("accessToken");
        Salesforce.Requests.Select(r => r.Path).ShouldBe(["/services/data/v61.0/sobjects/Lead", "/services/data/v61.0/sobjects/Lead"]);
    }

    [Fact]
    public async Task An_expired_session_is_permanent_and_says_to_refresh_the_token_without_showing_it()
    {
        const string expired = "00DFAKE00000001!AQexpired.session.42";

        var refused = await Connector.UpsertLeadAsync(Leads.To(Salesforce, expired), Leads.Jeanne(), default);

        refused.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        refused.Message.ShouldNotBeNull().ShouldContain("INVALID_SESSION_ID");
        refused.Message.ShouldContain("refresh");
        refused.Message.ShouldNotContain(expired);
        Salesforce.Leads.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_spent_daily_api_allowance_is_retried_an_hour_later()
    {
        Salesforce.ExceedDailyApiLimitNext();

        var limited = await Connector.UpsertLeadAsync(Leads.To(Salesforce), Leads.Jeanne(), default);

        limited.Outcome.ShouldBe(RemoteOutcome.RetryableFailure);
        limited.RetryAfter.ShouldBe(TimeSpan.FromHours(1));
        limited.Message.ShouldNotBeNull().ShouldContain("TotalRequests Limit exceeded.");
    }

    [Fact]
    public async Task A_field_salesforce_does_not_know_is_a_permanent_failure_with_salesforces_own_message()
    {
        var lead = Leads.Jeanne() with { Attributes = new Dictionary<string, string> { ["Shoe_Size"] = "42" } };

        var refused = await Connector.UpsertLeadAsync(Leads.To(Salesforce), lead, default);

        refused.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        refused.Message.ShouldNotBeNull().ShouldContain("No such column 'Shoe_Size' on sobject of type Lead");
        Salesforce.Leads.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_instance_url_into_the_operators_network_is_refused_unless_the_operator_allows_it()
    {
        using var guarded = new SalesforcePluginScope(new OutboundRules(AllowHttp: true));

        var result = await guarded.Connector.UpsertLeadAsync(Leads.To(Salesforce), Leads.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.Message.ShouldNotBeNull().ShouldContain("AllowPrivateTargets");
        Salesforce.Requests.ShouldBeEmpty();
    }
}
