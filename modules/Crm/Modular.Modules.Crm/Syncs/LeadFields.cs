using System.Globalization;
using Modular.Modules.Leads.Contracts;
using Modular.Modules.Qualification.Contracts;
using Modular.Sdk.Extensions.Crm;

namespace Modular.Modules.Crm.Syncs;

/// <summary>
/// What a connector's field mapping can send: the lead's fields, its score and verdict, and each answer by its
/// question's key. The mapped values travel as the lead's attributes, named as the CRM names its fields.
/// </summary>
internal static class LeadFields
{
    private const string AnswerPrefix = "answers.";

    private static readonly string[] Named = ["firstName", "lastName", "email", "phone", "company", "country", "score", "verdict", "scenario"];

    public static readonly string Described = $"{string.Join(", ", Named)} and answers.<question key>";

    public static bool IsMappable(string source) =>
        Named.Contains(source, StringComparer.Ordinal) || (source.StartsWith(AnswerPrefix, StringComparison.Ordinal) && source.Length > AnswerPrefix.Length);

    public static CrmLead ToCrmLead(LeadContact lead, QualificationReport? report, IReadOnlyDictionary<string, string> mapping)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (source, field) in mapping)
            if (ValueOf(source, lead, report) is { Length: > 0 } value)
                attributes[field] = value;
        return new CrmLead(lead.LeadId, lead.Email, lead.Phone, lead.FirstName, lead.LastName, lead.Company, attributes);
    }

    private static string? ValueOf(string source, LeadContact lead, QualificationReport? report) => source switch
    {
        "firstName" => lead.FirstName,
        "lastName" => lead.LastName,
        "email" => lead.Email,
        "phone" => lead.Phone,
        "company" => lead.Company,
        "country" => lead.Country,
        "score" => lead.Score.ToString(CultureInfo.InvariantCulture),
        "verdict" => report?.Verdict,
        "scenario" => report?.Scenario,
        // The understood value (a number, a date) suits a CRM field better than the words the lead wrote.
        _ => report?.Answers.FirstOrDefault(a => a.Key == source[AnswerPrefix.Length..]) is { } answer ? answer.Value ?? answer.Reply : null,
    };
}
