using System.Net;
using System.Text;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Contracts;
using Modular.Modules.Qualification.Shared;
using Modular.Sdk.Platform;
using Modular.Sdk.Modules;

namespace Modular.Modules.Qualification.Reports.GetReport;

/// <summary>
/// GET /api/v1/leads/{leadId}/qualification-report: the latest verdict with every answer and the lead's score, as
/// JSON, or as a readable HTML page when the client asks for text/html (to print or forward).
/// </summary>
internal static class GetReportEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/leads/{leadId:guid}/qualification-report", Handle)
            .WithSummary("The lead's qualification report: verdict, answers and score; HTML when Accept asks for text/html.")
            .Produces<ReportView>(contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .RecordsAudit("lead.qualification-report-read", "lead", "leadId");

    private static async Task<IResult> Handle(Guid leadId, HttpRequest request, IMediator mediator, ICurrentTenant tenant, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId ?? Guid.Empty;
        var report = await mediator.Send(new GetQualificationReport(tenantId, leadId), cancellationToken);
        if (report is null)
            return QualificationProblems.NotFound("Qualification report", leadId);
        var lead = await mediator.Send(new GetLeadContact(tenantId, leadId), cancellationToken);
        var score = await mediator.Send(new GetLeadScore(tenantId, leadId), cancellationToken);
        var view = new ReportView(report, score?.Score, score?.Reasons ?? [], $"/api/v1/leads/{leadId}");

        var wantsHtml = request.Headers.Accept.Any(accept => accept?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);
        return wantsHtml ? Results.Content(Html(view, lead), "text/html; charset=utf-8") : TypedResults.Ok(view);
    }

    private static string Html(ReportView view, LeadContact? lead)
    {
        static string E(string? text) => WebUtility.HtmlEncode(text ?? "");
        var html = new StringBuilder();
        html.Append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Qualification report</title></head><body>");
        html.Append($"<h1>{E(string.Join(' ', new[] { lead?.FirstName, lead?.LastName }.Where(n => n is not null)))}</h1>");
        html.Append($"<p>Verdict: <strong>{E(view.Report.Verdict)}</strong>");
        if (view.Score is { } score)
            html.Append($" · Score: {score}/100 ({E(string.Join(", ", view.ScoreReasons.Select(r => $"{r.Rule} {r.Points:+0;-0}")))})");
        html.Append($"</p><p>Scenario: {E(view.Report.Scenario)} (version {view.Report.ScenarioVersion}) · {view.Report.ConcludedAt:yyyy-MM-dd HH:mm} UTC</p>");
        html.Append("<table><thead><tr><th>Question</th><th>Reply</th><th>Understood as</th></tr></thead><tbody>");
        foreach (var answer in view.Report.Answers)
            html.Append($"<tr><td>{E(answer.Question)}</td><td>{E(answer.Reply)}</td><td>{(answer.Understood ? E(answer.Value) : "<em>not understood</em>")}</td></tr>");
        html.Append("</tbody></table></body></html>");
        return html.ToString();
    }
}

/// <summary>The report with the lead's current score, the scoring rules behind it, and where to find the lead.</summary>
internal sealed record ReportView(QualificationReport Report, int? Score, IReadOnlyList<ScoreReason> ScoreReasons, string Lead);
