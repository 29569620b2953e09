using System.Globalization;
using System.Text;
using Modular.Modules.Qualification.Contracts;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Modules.Crm.Syncs;

/// <summary>The qualification report as a sales rep reads it in the CRM: verdict and score, then each question and its answer.</summary>
internal static class ReportText
{
    public static CrmReport Of(QualificationReport report, int score)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Verdict: {report.Verdict}, score {score}/100")
            .AppendLine(CultureInfo.InvariantCulture, $"Scenario: {report.Scenario} (version {report.ScenarioVersion}), concluded {report.ConcludedAt:yyyy-MM-dd HH:mm} UTC");
        foreach (var answer in report.Answers)
        {
            text.AppendLine().AppendLine(answer.Question);
            text.AppendLine(answer switch
            {
                { Reply: null } => "(no answer)",
                { Understood: true, Value: { } value } when value != answer.Reply => $"{answer.Reply} (understood as {value})",
                { Understood: false } => $"{answer.Reply} (not understood)",
                _ => answer.Reply,
            });
        }
        return new CrmReport(report.Verdict, score, text.ToString().TrimEnd());
    }
}
