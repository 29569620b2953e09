using Modular.Modules.Qualification.Shared;

namespace Modular.Modules.Qualification.Alerts.Sending;

/// <summary>The words of an alert in the tenant's language: French for a French-speaking tenant, English otherwise.</summary>
internal sealed record AlertWording(
    string SubjectFormat, string Verdict, string Score, string Lead, string Answers, string Reply, string UnderstoodAs,
    string NoReply, string NotUnderstood, string Open, string Yes, string No, IReadOnlyDictionary<string, string> Verdicts)
{
    public static AlertWording For(string? locale) => locale?.StartsWith("fr", StringComparison.OrdinalIgnoreCase) == true ? French : English;

    public static readonly AlertWording English = new(
        "{0} lead: {1}", "Verdict", "Score", "Lead", "Answers", "Reply", "Understood as", "No reply.", "Not understood.", "Open the lead", "yes", "no",
        new Dictionary<string, string> { [Shared.Verdicts.Hot] = "Hot", [Shared.Verdicts.Qualified] = "Qualified", [Shared.Verdicts.ToReview] = "To review" });

    public static readonly AlertWording French = new(
        "Lead {0} : {1}", "Verdict", "Score", "Lead", "Réponses", "Réponse", "Compris comme", "Pas de réponse.", "Non comprise.", "Voir le lead", "oui", "non",
        new Dictionary<string, string> { [Shared.Verdicts.Hot] = "chaud", [Shared.Verdicts.Qualified] = "qualifié", [Shared.Verdicts.ToReview] = "à revoir" });

    public string VerdictName(string verdict) => Verdicts.TryGetValue(verdict, out var name) ? name : verdict;

    /// <summary>Yes/no answers are stored as true/false; a rep reads words.</summary>
    public string ValueName(string value) => value switch
    {
        "true" => Yes,
        "false" => No,
        _ => value,
    };
}
