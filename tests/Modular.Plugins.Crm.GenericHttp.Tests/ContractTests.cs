using System.Text.Json;
using Modular.Plugins.Crm.GenericHttp.Tests.Infrastructure;

namespace Modular.Plugins.Crm.GenericHttp.Tests;

/// <summary>What the client's endpoint receives: the URL, the headers, the default bodies, and the idempotency keys.</summary>
public sealed class ContractTests : IAsyncLifetime, IDisposable
{
    private readonly GenericHttpPluginScope plugin = new();
    private FakeCrmReceiver receiver = null!;

    private ICrmConnector Connector => plugin.Connector;

    [Fact]
    public async Task Each_call_is_a_post_to_the_endpoints_own_url_naming_its_event_with_the_documented_body()
    {
        var lead = Pushes.Jeanne(phone: null);

        var tested = await Connector.TestConnectionAsync(Pushes.To(receiver), default);
        var record = await Connector.UpsertLeadAsync(Pushes.To(receiver), lead, default);
        await Connector.AttachReportAsync(Pushes.To(receiver), record.RemoteId!, new CrmReport("Hot", 87, "Budget: 5000"), default);

        tested.Outcome.ShouldBe(RemoteOutcome.Succeeded, tested.Message);
        var (ping, upsert, report) = (receiver.Requests[0], receiver.Requests[1], receiver.Requests[2]);
        receiver.Requests.ShouldAllBe(r => r.Method == "POST" && r.Path == FakeCrmReceiver.EndpointPath && r.Headers["Content-Type"] == "application/json; charset=utf-8");
        (ping.Event, upsert.Event, report.Event).ShouldBe(("ping", "lead.upsert", "lead.report"));
        ping.Body.ShouldBe("""{"event":"ping"}""");
        ping.IdempotencyKey.ShouldBeNull("a ping writes nothing");
        upsert.Body.ShouldBe(
            $$$$"""{"event":"lead.upsert","lead":{"id":"{{{{lead.LeadId}}}}","email":"jeanne.dupont@example.fr","phone":null,"firstName":"Jeanne","lastName":"Dupont","company":"Dupont SARL","attributes":{"city":"Lyon"}}}""");
        report.Body.ShouldBe($$"""{"event":"lead.report","recordId":"{{record.RemoteId}}","verdict":"Hot","score":87,"text":"Budget: 5000"}""");
    }

    [Fact]
    public async Task Idempotency_keys_name_the_lead_or_record_and_change_only_with_the_body()
    {
        var lead = Pushes.Jeanne();

        var first = await Connector.UpsertLeadAsync(Pushes.To(receiver), lead, default);
        // The same push again, as after an answer lost on the way back: the endpoint answers it again, writing nothing.
        var again = await Connector.UpsertLeadAsync(Pushes.To(receiver), lead, default);
        var changed = await Connector.UpsertLeadAsync(Pushes.To(receiver), lead with { LastName = "Martin" }, default);
        var report = new CrmReport("Hot", 87, "Budget: 5000");
        await Connector.AttachReportAsync(Pushes.To(receiver), first.RemoteId!, report, default);
        await Connector.AttachReportAsync(Pushes.To(receiver), first.RemoteId!, report, default);
        await Connector.AttachReportAsync(Pushes.To(receiver), first.RemoteId!, report with { Text = "Budget: 6000" }, default);

        var keys = receiver.Requests.Select(r => r.IdempotencyKey.ShouldNotBeNull()).ToList();
        keys[0].ShouldMatch($"^{lead.LeadId}/upsert/[0-9a-f]{{32}}$");
        keys[1].ShouldBe(keys[0]);
        keys[2].ShouldStartWith($"{lead.LeadId}/upsert/");
        keys[2].ShouldNotBe(keys[0]);
        keys[3].ShouldMatch($"^{first.RemoteId}/report/[0-9a-f]{{32}}$");
        keys[4].ShouldBe(keys[3]);
        keys[5].ShouldNotBe(keys[3]);
        receiver.Requests.Select(r => r.Replayed).ShouldBe([false, true, false, false, true, false]);
        (first.Outcome, again.Outcome, changed.Outcome).ShouldBe((RemoteOutcome.Created, RemoteOutcome.Created, RemoteOutcome.Updated));
        again.RemoteId.ShouldBe(first.RemoteId);
        receiver.Records.ShouldHaveSingleItem().LastName.ShouldBe("Martin");
        receiver.Reports.Count.ShouldBe(2);
    }

    [Fact]
    public async Task The_secret_travels_only_in_the_header_the_connection_names()
    {
        await using var custom = await FakeCrmReceiver.StartAsync("acme-7f3k2-secret", "X-Acme-Token");
        const string wrongSecret = "acme-not-the-secret";

        var record = await Connector.UpsertLeadAsync(Pushes.To(custom), Pushes.Jeanne(), default);
        await Connector.AttachReportAsync(Pushes.To(custom), record.RemoteId!, new CrmReport("Hot", 87, "Budget: 5000"), default);
        await Connector.TestConnectionAsync(Pushes.To(custom), default);
        var refused = await Connector.UpsertLeadAsync(Pushes.To(custom, wrongSecret), Pushes.Jeanne(), default);

        record.Outcome.ShouldBe(RemoteOutcome.Created, record.Message);
        refused.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        refused.Message.ShouldNotBeNull().ShouldContain("secret");
        refused.Message.ShouldNotContain(wrongSecret);
        custom.Requests.Count.ShouldBe(4);
        custom.Requests.Take(3).ShouldAllBe(r => r.Headers["X-Acme-Token"] == custom.Secret);
        custom.Requests.Last().Headers["X-Acme-Token"].ShouldBe(wrongSecret);
        custom.Requests.ShouldAllBe(r => HeadersHolding(r, custom.Secret, wrongSecret).SequenceEqual(new[] { "x-acme-token" }));
        custom.Requests.ShouldAllBe(r => !r.Body.Contains(custom.Secret) && !r.Body.Contains(wrongSecret) && !r.Path.Contains(custom.Secret) && !r.Path.Contains(wrongSecret));
    }

    [Fact]
    public async Task A_secret_can_be_sent_as_a_bearer_token_in_authorization()
    {
        await using var bearer = await FakeCrmReceiver.StartAsync("Bearer acme-token-42", "Authorization");

        var tested = await Connector.TestConnectionAsync(Pushes.To(bearer), default);

        tested.Outcome.ShouldBe(RemoteOutcome.Succeeded, tested.Message);
        bearer.Requests.ShouldHaveSingleItem().Headers["Authorization"].ShouldBe("Bearer acme-token-42");
    }

    [Theory]
    [InlineData("Idempotency-Key")]
    [InlineData("X-Modular-Event")]
    [InlineData("Content-Type")]
    [InlineData("X Secret")]
    public async Task A_secret_header_that_cannot_carry_the_secret_fails_permanently_without_a_call(string header)
    {
        var connection = new CrmConnection(receiver.BaseUrl, new Dictionary<string, string> { ["secret"] = receiver.Secret, ["secretHeader"] = header });

        var result = await Connector.UpsertLeadAsync(connection, Pushes.Jeanne(), default);

        result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
        result.Message.ShouldNotBeNull().ShouldContain("secretHeader");
        result.Message.ShouldNotContain(receiver.Secret);
        receiver.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Without_an_id_in_the_answer_the_record_is_named_by_the_leads_id()
    {
        receiver.AnswersWithoutIds = true;
        var lead = Pushes.Jeanne();

        var record = await Connector.UpsertLeadAsync(Pushes.To(receiver), lead, default);
        var attached = await Connector.AttachReportAsync(Pushes.To(receiver), record.RemoteId!, new CrmReport("Hot", 87, "Budget: 5000"), default);

        record.Outcome.ShouldBe(RemoteOutcome.Created, record.Message);
        record.RemoteId.ShouldBe(lead.LeadId.ToString());
        attached.Outcome.ShouldBe(RemoteOutcome.Created, attached.Message);
        attached.RemoteId.ShouldBeNull();
        using var sent = JsonDocument.Parse(receiver.Requests.Last().Body);
        sent.RootElement.GetProperty("recordId").GetString().ShouldBe(lead.LeadId.ToString());
        receiver.Reports.ShouldHaveSingleItem().RecordId.ShouldBe(receiver.Records.ShouldHaveSingleItem().Id);
    }

    private static IEnumerable<string> HeadersHolding(FakeReceiverRequest request, params string[] secrets) =>
        request.Headers.Where(h => secrets.Any(secret => h.Value.Contains(secret, StringComparison.Ordinal))).Select(h => h.Key.ToLowerInvariant());

    public async Task InitializeAsync() => receiver = await FakeCrmReceiver.StartAsync();

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    public void Dispose() => plugin.Dispose();
}
