using System.Text.Json;
using Modular.Plugins.Crm.GenericHttp.Tests.Infrastructure;

namespace Modular.Plugins.Crm.GenericHttp.Tests;

/// <summary>Bodies shaped by the client's <c>upsertTemplate</c> and <c>reportTemplate</c>, and templates that cannot be used.</summary>
public sealed class TemplateTests : IAsyncLifetime, IDisposable
{
    private const string ReportTemplate = """
        {
          "recordId": "{{recordId}}",
          "verdict": "{{ report.verdict }}",
          "score": "{{report.score}}",
          "text": "{{report.text}}",
          "summary": "{{report.verdict}} ({{report.score}}/100): {{report.text}}",
          "tags": ["modular", "{{report.verdict}}", 3]
        }
        """;

    private readonly GenericHttpPluginScope plugin = new();
    private FakeCrmReceiver receiver = null!;

    private ICrmConnector Connector => plugin.Connector;

    [Fact]
    public async Task A_custom_upsert_template_places_each_value_where_the_client_put_it()
    {
        var template = """
            {
              "lead": { "email": "{{lead.email}}", "phone": "{{lead.phone}}", "lastName": "{{lead.lastName}}", "attributes": "{{lead.attributes}}" },
              "owner": "sales-fr",
              "title": "{{lead.firstName}} {{lead.lastName}} from {{lead.attributes.city}}",
              "budget": "{{lead.attributes.budget}}"
            }
            """;

        var result = await Connector.UpsertLeadAsync(Pushes.To(receiver, settings: new Dictionary<string, string> { ["upsertTemplate"] = template }), Pushes.Jeanne(phone: null), default);

        result.Outcome.ShouldBe(RemoteOutcome.Created, result.Message);
        using var sent = JsonDocument.Parse(receiver.Requests.ShouldHaveSingleItem().Body);
        var body = sent.RootElement;
        body.GetProperty("title").GetString().ShouldBe("Jeanne Dupont from Lyon");
        body.GetProperty("owner").GetString().ShouldBe("sales-fr");
        body.GetProperty("budget").ValueKind.ShouldBe(JsonValueKind.Null, "an attribute the lead lacks is null");
        body.GetProperty("lead").GetProperty("phone").ValueKind.ShouldBe(JsonValueKind.Null, "a missing value is null, not an empty string");
        body.GetProperty("lead").GetProperty("attributes").GetProperty("city").GetString().ShouldBe("Lyon");
        receiver.Records.ShouldHaveSingleItem().LastName.ShouldBe("Dupont");
    }

    [Fact]
    public async Task The_score_stays_a_number_and_text_with_quotes_braces_and_line_breaks_keeps_the_json_valid()
    {
        var record = await Connector.UpsertLeadAsync(Pushes.To(receiver), Pushes.Jeanne(), default);
        const string text = "He said \"yes\", then \\ left.\nBudget: {\"max\": 5000}\r\nAsk {{lead.email}} }}";

        var attached = await Connector.AttachReportAsync(Pushes.To(receiver, settings: new Dictionary<string, string> { ["reportTemplate"] = ReportTemplate }),
            record.RemoteId!, new CrmReport("Hot", 87, text), default);

        attached.Outcome.ShouldBe(RemoteOutcome.Created, attached.Message);
        using var sent = JsonDocument.Parse(receiver.Requests.Last().Body);
        var body = sent.RootElement;
        body.GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Number);
        body.GetProperty("score").GetInt32().ShouldBe(87);
        body.GetProperty("text").GetString().ShouldBe(text, "a value is never read as a template itself");
        body.GetProperty("verdict").GetString().ShouldBe("Hot", "spaces inside the braces are allowed");
        body.GetProperty("summary").GetString().ShouldBe($"Hot (87/100): {text}");
        body.GetProperty("tags").EnumerateArray().Select(t => t.ToString()).ShouldBe(["modular", "Hot", "3"]);
        receiver.Reports.ShouldHaveSingleItem().Text.ShouldBe(text);
    }

    [Theory]
    [InlineData("upsertTemplate", """{"email":"{{lead.mail}}"}""", "{{lead.mail}}")]
    [InlineData("upsertTemplate", """{"score":"{{report.score}}"}""", "{{report.score}}")]
    [InlineData("upsertTemplate", """{"email":"{{lead.email}"}""", "without")]
    [InlineData("upsertTemplate", """{"email":"{{lead.email}}",}""", "not valid JSON")]
    [InlineData("upsertTemplate", """["{{lead.email}}"]""", "JSON object")]
    [InlineData("upsertTemplate", """{"email":"{{lead.email}}","email":"{{lead.phone}}"}""", "email")]
    [InlineData("reportTemplate", """{"who":"{{lead.email}}","score":"{{report.score}}"}""", "{{lead.email}}")]
    public async Task A_template_that_cannot_be_used_fails_permanently_naming_the_mistake_without_a_call(string setting, string template, string named)
    {
        var connection = Pushes.To(receiver, settings: new Dictionary<string, string> { [setting] = template });

        var pushed = setting == "upsertTemplate"
            ? await Connector.UpsertLeadAsync(connection, Pushes.Jeanne(), default)
            : await Connector.AttachReportAsync(connection, "rec-1", new CrmReport("Hot", 87, "Budget: 5000"), default);
        var tested = await Connector.TestConnectionAsync(connection, default);

        foreach (var result in new[] { pushed, tested })
        {
            result.Outcome.ShouldBe(RemoteOutcome.PermanentFailure);
            result.Message.ShouldNotBeNull().ShouldContain(setting);
            result.Message.ShouldContain(named);
        }
        receiver.Requests.ShouldBeEmpty();
    }

    public async Task InitializeAsync() => receiver = await FakeCrmReceiver.StartAsync();

    public async Task DisposeAsync() => await receiver.DisposeAsync();

    public void Dispose() => plugin.Dispose();
}
