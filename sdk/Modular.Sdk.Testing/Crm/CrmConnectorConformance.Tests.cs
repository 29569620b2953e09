using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;
using Modular.Sdk.Network;
using Xunit;

namespace Modular.Sdk.Testing.Crm;

public abstract partial class CrmConnectorConformance
{
    /// <summary>Pushing the same person twice, the email written differently, creates one record and updates it.</summary>
    [Fact]
    public async Task Conformance_upserting_the_same_person_twice_leaves_one_record()
    {
        var first = await Connector.UpsertLeadAsync(Accepted, Jeanne(), default);
        var second = await Connector.UpsertLeadAsync(Accepted, Jeanne(email: "Jeanne.Dupont@Example.FR") with { LastName = "Martin" }, default);

        AssertOutcome(RemoteOutcome.Created, first);
        AssertOutcome(RemoteOutcome.Updated, second);
        Assert.Equal(first.RemoteId, second.RemoteId);
        var record = Assert.Single(Fake.Records);
        Assert.Equal(first.RemoteId, record.Id);
        Assert.Equal("Martin", record.LastName);
        Assert.Equal("jeanne.dupont@example.fr", record.Email, ignoreCase: true);
    }

    /// <summary>A record someone created in the CRM with the lead's email is updated, not duplicated.</summary>
    [Fact]
    public async Task Conformance_a_record_already_in_the_crm_with_the_email_is_updated()
    {
        var existing = Fake.AddRecord("jeanne.dupont@example.fr", null, "D.");

        var result = await Connector.UpsertLeadAsync(Accepted, Jeanne(), default);

        AssertOutcome(RemoteOutcome.Updated, result);
        Assert.Equal(existing, result.RemoteId);
        Assert.Equal("Dupont", Assert.Single(Fake.Records).LastName);
    }

    /// <summary>A lead without an email is matched by phone; another phone makes another record.</summary>
    [Fact]
    public async Task Conformance_a_lead_without_email_is_matched_by_phone()
    {
        var existing = Fake.AddRecord(null, "+33612345678", "D.");

        var matched = await Connector.UpsertLeadAsync(Accepted, Jeanne(email: null), default);
        var stranger = await Connector.UpsertLeadAsync(Accepted, Jeanne(email: null, phone: "+33700000000"), default);

        AssertOutcome(RemoteOutcome.Updated, matched);
        Assert.Equal(existing, matched.RemoteId);
        AssertOutcome(RemoteOutcome.Created, stranger);
        Assert.Equal(2, Fake.Records.Count);
    }

    /// <summary>The report lands on the record the upsert returned, with the verdict, the score and the text.</summary>
    [Fact]
    public async Task Conformance_the_report_is_attached_to_the_record()
    {
        var record = await Connector.UpsertLeadAsync(Accepted, Jeanne(), default);

        var attached = await Connector.AttachReportAsync(Accepted, record.RemoteId!, new CrmReport("Hot", 87, "Budget: 5000 €\nWhen: this month"), default);

        AssertOutcome(RemoteOutcome.Created, attached);
        var report = Assert.Single(Fake.Reports);
        Assert.Equal(record.RemoteId, report.RecordId);
        Assert.Contains("Hot", report.Text);
        Assert.Contains("87", report.Text);
        Assert.Contains("Budget: 5000 €", report.Text);
    }

    /// <summary>A 500 is worth retrying, and the retry creates the record once.</summary>
    [Fact]
    public async Task Conformance_a_server_error_is_retryable()
    {
        Fake.FailNextWithServerError();

        var failed = await Connector.UpsertLeadAsync(Accepted, Jeanne(), default);
        var retried = await Connector.UpsertLeadAsync(Accepted, Jeanne(), default);

        AssertOutcome(RemoteOutcome.RetryableFailure, failed);
        AssertOutcome(RemoteOutcome.Created, retried);
        Assert.Single(Fake.Records);
    }

    /// <summary>A 429 is retryable after the wait the CRM named, and writes nothing.</summary>
    [Fact]
    public async Task Conformance_a_429_is_retryable_after_the_wait_the_crm_names()
    {
        Fake.RateLimitNext(1, TimeSpan.FromSeconds(7));

        var limited = await Connector.UpsertLeadAsync(Accepted, Jeanne(), default);
        Assert.Empty(Fake.Records);
        var retried = await Connector.UpsertLeadAsync(Accepted, Jeanne(), default);

        AssertOutcome(RemoteOutcome.RetryableFailure, limited);
        Assert.Equal(TimeSpan.FromSeconds(7), limited.RetryAfter);
        AssertOutcome(RemoteOutcome.Created, retried);
        Assert.Single(Fake.Records);
    }

    /// <summary>Refused credentials are a permanent failure; the connection test tells good credentials from bad.</summary>
    [Fact]
    public async Task Conformance_refused_credentials_are_a_permanent_failure()
    {
        var refused = await Connector.UpsertLeadAsync(Refused, Jeanne(), default);

        AssertOutcome(RemoteOutcome.PermanentFailure, refused);
        Assert.False(string.IsNullOrWhiteSpace(refused.Message), "a permanent failure says why");
        Assert.Empty(Fake.Records);
        AssertOutcome(RemoteOutcome.Succeeded, await Connector.TestConnectionAsync(Accepted, default));
        AssertOutcome(RemoteOutcome.PermanentFailure, await Connector.TestConnectionAsync(Refused, default));
    }

    /// <summary>A connection missing its settings fails permanently without calling the CRM.</summary>
    [Fact]
    public async Task Conformance_missing_settings_fail_permanently_without_a_call()
    {
        var empty = new CrmConnection(Fake.BaseUrl, new Dictionary<string, string>());

        AssertOutcome(RemoteOutcome.PermanentFailure, await Connector.TestConnectionAsync(empty, default));
        AssertOutcome(RemoteOutcome.PermanentFailure, await Connector.UpsertLeadAsync(empty, Jeanne(), default));
        Assert.Equal(0, Fake.RequestCount);
    }

    /// <summary>Under the operator's default rules, a base URL on loopback is refused before any call.</summary>
    [Fact]
    public async Task Conformance_a_base_url_into_the_operators_network_is_refused()
    {
        var guarded = ConnectorWith(new OutboundRules(AllowHttp: true));

        var result = await guarded.UpsertLeadAsync(Accepted, Jeanne(), default);

        AssertOutcome(RemoteOutcome.PermanentFailure, result);
        Assert.Equal(0, Fake.RequestCount);
    }

    /// <summary>Whatever goes wrong, no token or key appears in a log line or a result's message.</summary>
    [Fact]
    public async Task Conformance_no_secret_reaches_the_logs_or_the_messages()
    {
        Fake.FailNextWithServerError();
        Fake.RateLimitNext(1, TimeSpan.FromSeconds(3));
        var results = new List<CrmResult>
        {
            await Connector.UpsertLeadAsync(Accepted, Jeanne(), default),
            await Connector.UpsertLeadAsync(Accepted, Jeanne(), default),
            await Connector.UpsertLeadAsync(Refused, Jeanne(), default),
            await Connector.TestConnectionAsync(Refused, default),
            await Connector.AttachReportAsync(Refused, "404404", new CrmReport("Hot", 90, "Budget: 1"), default),
            await Connector.UpsertLeadAsync(Accepted, Jeanne(), default),
        };

        var written = Logs.Lines.Concat(results.Select(r => r.Message ?? "")).ToList();
        foreach (var secret in Fake.Secrets)
            Assert.DoesNotContain(written, line => line.Contains(secret, StringComparison.Ordinal));
    }
}
