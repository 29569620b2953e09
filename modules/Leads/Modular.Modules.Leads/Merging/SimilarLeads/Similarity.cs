namespace Modular.Modules.Leads.Merging.SimilarLeads;

/// <summary>
/// Why two leads may be the same person although intake did not merge them. Exact duplicates (same email or same
/// phone) are not near matches: intake merges those within the window, and outside it they are a dedup question.
/// </summary>
internal static class Similarity
{
    public const string NameAndCity = "same-name-and-city";
    public const string PhoneOneDigitApart = "phone-one-digit-apart";
    public const string EmailOtherDomain = "email-same-name-other-domain";
    public const string EmailOneTypo = "email-one-character-apart";

    // Shared mailboxes: "contact@" at two companies says nothing about the person behind it.
    private static readonly HashSet<string> RoleMailboxes =
        ["contact", "info", "hello", "bonjour", "sales", "admin", "support", "office", "noreply", "no-reply", "accueil", "direction", "commercial"];

    public static IReadOnlyList<string> Reasons(LeadIdentity lead, LeadIdentity other)
    {
        if ((lead.Email is not null && lead.Email == other.Email) || (lead.Phone is not null && lead.Phone == other.Phone))
            return [];

        var reasons = new List<string>();
        if (NameKey.FullName(lead.FirstName, lead.LastName) is { } name && name == NameKey.FullName(other.FirstName, other.LastName)
            && NameKey.Fold(lead.City) is { } city && city == NameKey.Fold(other.City))
            reasons.Add(NameAndCity);
        if (lead.ValidPhone is { } phone && other.ValidPhone is { } otherPhone && EditDistance.OneDigitApart(phone, otherPhone))
            reasons.Add(PhoneOneDigitApart);
        if (lead.Email is { } email && other.Email is { } otherEmail)
        {
            if (LocalPart(email) is { } local && local == LocalPart(otherEmail) && !RoleMailboxes.Contains(local))
                reasons.Add(EmailOtherDomain);
            if (EditDistance.WithinOneEdit(email, otherEmail))
                reasons.Add(EmailOneTypo);
        }
        return reasons;
    }

    /// <summary>"jeanne.dupont@" from "jeanne.dupont@example.fr": what a candidate's email starts with when only the domain differs.</summary>
    public static string? LocalPartWithAt(string email) => LocalPart(email) is { } local ? local + "@" : null;

    private static string? LocalPart(string email) => email.IndexOf('@') is > 0 and var at ? email[..at] : null;
}
