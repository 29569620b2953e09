using System.Text;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Alerts.Preferences;
using Modular.Modules.Qualification.Contracts;

namespace Modular.Modules.Qualification.Alerts.Sending;

/// <summary>
/// The qualification report as a rep reads it: a full email, or a compact SMS with the same facts (verdict, score,
/// how to reach the lead, each answer as written and as understood, the link).
/// </summary>
internal sealed record AlertText(string Subject, string Body)
{
    /// <param name="scoreReasons">The scoring rules behind the score, shown in emails (an SMS keeps to the number).</param>
    public static AlertText Compose(string channel, QualificationReport report, LeadContact lead, string link, AlertWording words, IReadOnlyList<ScoreReason>? scoreReasons = null)
    {
        var name = Name(lead);
        var subject = string.Format(words.SubjectFormat, words.VerdictName(report.Verdict), name.Length > 0 ? name : report.LeadId.ToString());
        return new AlertText(subject, channel == AlertChannels.Sms ? Sms(subject, report, lead, link, words) : Email(subject, report, lead, link, words, scoreReasons ?? []));
    }

    private static string Email(string subject, QualificationReport report, LeadContact lead, string link, AlertWording words, IReadOnlyList<ScoreReason> scoreReasons)
    {
        var reasons = scoreReasons.Count == 0 ? "" : $" ({string.Join(", ", scoreReasons.Select(r => $"{r.Rule} {r.Points:+0;-0}"))})";
        var text = new StringBuilder()
            .AppendLine(subject)
            .AppendLine()
            .AppendLine($"{words.Verdict}: {report.Verdict}")
            .AppendLine($"{words.Score}: {lead.Score}/100{reasons}")
            .AppendLine($"{words.Lead}: {string.Join(", ", new[] { Name(lead) }.Concat(Reach(lead)).Where(part => part.Length > 0))}")
            .AppendLine()
            .AppendLine($"{words.Answers}:");
        var number = 0;
        foreach (var answer in report.Answers)
        {
            text.AppendLine($"{++number}. {answer.Question}");
            if (answer.Reply is null)
                text.AppendLine($"   {words.NoReply}");
            else
            {
                text.AppendLine($"   {words.Reply}: \"{answer.Reply}\"");
                text.AppendLine(answer.Understood && answer.Value is { } value ? $"   {words.UnderstoodAs}: {words.ValueName(value)}" : $"   {words.NotUnderstood}");
            }
        }
        // Email lines end in CRLF (RFC 5322), so quoted-printable keeps them as line breaks instead of encoding them.
        return text.AppendLine().AppendLine($"{words.Open}: {link}").ToString().ReplaceLineEndings("\r\n");
    }

    private static string Sms(string subject, QualificationReport report, LeadContact lead, string link, AlertWording words)
    {
        var answers = report.Answers.Select(a => a.Reply is null
            ? $"{a.Key}: -"
            : $"{a.Key}: \"{a.Reply}\" = {(a.Understood && a.Value is { } value ? words.ValueName(value) : "?")}");
        return $"{subject} ({string.Join(", ", Reach(lead))}). {words.Score} {lead.Score}. {string.Join("; ", answers)}. {link}";
    }

    private static string Name(LeadContact lead) => $"{lead.FirstName} {lead.LastName}".Trim();

    /// <summary>How to reach the lead: what a rep about to call needs.</summary>
    private static IEnumerable<string> Reach(LeadContact lead) =>
        new[] { lead.Company, lead.Phone, lead.Email }.Where(part => !string.IsNullOrWhiteSpace(part)).Select(part => part!);
}
