using Modular.Sdk.Extensions;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Plugins.Crm.GenericHttp;

/// <summary>
/// The <c>http</c> connector, for every CRM Modular has no connector for: leads and reports are posted as JSON to an
/// endpoint the client builds (or a no-code tool's webhook), which finds or creates the record itself. The contract the
/// endpoint implements is in <see cref="EndpointContract"/>. A template the client set is checked before any call, and
/// a wrong one fails permanently with a message naming the mistake.
/// </summary>
internal sealed class GenericHttpConnector(ReceiverEndpoint endpoint) : ICrmConnector
{
    private const string PingBody = """{"event":"ping"}""";

    // What the connection test fills the templates with: only the placeholders' names matter there, not their values.
    private static readonly CrmLead SampleLead = new(Guid.Empty, null, null, null, null, null, new Dictionary<string, string>());
    private static readonly CrmReport SampleReport = new("Qualified", 0, "");

    public string Key => "http";

    public async Task<CrmResult> TestConnectionAsync(CrmConnection connection, CancellationToken cancellationToken)
    {
        var (settings, failure) = EndpointSettings.Read(connection);
        if (failure is not null)
            return failure;
        // A template mistake would otherwise surface only with the first qualified lead.
        if (Fill(settings!.UpsertTemplate, EndpointSettings.UpsertTemplateSetting, Placeholders.ForLead(SampleLead)).Failure is { } upsertTemplate)
            return upsertTemplate;
        if (Fill(settings.ReportTemplate, EndpointSettings.ReportTemplateSetting, Placeholders.ForReport("", SampleReport)).Failure is { } reportTemplate)
            return reportTemplate;

        var answer = await endpoint.PostAsync(connection.BaseUrl, settings, EndpointContract.PingEvent, null, PingBody, cancellationToken);
        return answer.Failure ?? new CrmResult(RemoteOutcome.Succeeded, Message: $"The endpoint accepted the secret (HTTP {answer.Status}).");
    }

    public async Task<CrmResult> UpsertLeadAsync(CrmConnection connection, CrmLead lead, CancellationToken cancellationToken)
    {
        var (settings, failure) = EndpointSettings.Read(connection);
        if (failure is not null)
            return failure;
        var (body, mistake) = Fill(settings!.UpsertTemplate, EndpointSettings.UpsertTemplateSetting, Placeholders.ForLead(lead));
        if (mistake is not null)
            return mistake;

        var answer = await endpoint.PostAsync(connection.BaseUrl, settings, EndpointContract.UpsertEvent, IdempotencyKeys.ForUpsert(lead.LeadId, body!), body!, cancellationToken);
        // An endpoint that keeps no ids of its own (a no-code tool's webhook) is reached again by the lead's id.
        return answer.Failure ?? new CrmResult(OutcomeOf(answer), answer.Id ?? lead.LeadId.ToString("D"));
    }

    public async Task<CrmResult> AttachReportAsync(CrmConnection connection, string remoteId, CrmReport report, CancellationToken cancellationToken)
    {
        var (settings, failure) = EndpointSettings.Read(connection);
        if (failure is not null)
            return failure;
        var (body, mistake) = Fill(settings!.ReportTemplate, EndpointSettings.ReportTemplateSetting, Placeholders.ForReport(remoteId, report));
        if (mistake is not null)
            return mistake;

        var answer = await endpoint.PostAsync(connection.BaseUrl, settings, EndpointContract.ReportEvent, IdempotencyKeys.ForReport(remoteId, body!), body!, cancellationToken);
        return answer.Failure ?? new CrmResult(OutcomeOf(answer), answer.Id);
    }

    private static RemoteOutcome OutcomeOf(ReceiverAnswer answer) => answer.Status == 201 ? RemoteOutcome.Created : RemoteOutcome.Updated;

    private static (string? Body, CrmResult? Failure) Fill(string template, string settingName, Placeholders values)
    {
        var (json, problem) = JsonTemplate.Fill(template, settingName, values);
        return problem is null ? (json, null) : (null, new CrmResult(RemoteOutcome.PermanentFailure, Message: problem));
    }
}
