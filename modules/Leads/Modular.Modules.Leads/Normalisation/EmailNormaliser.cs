namespace Modular.Modules.Leads.Normalisation;

/// <summary>
/// Normalises an email address for deduplication and CRM upserts (HubSpot keys contacts by email).
/// The check is stricter than System.Net.Mail.MailAddress, which accepts display names, quoted local parts
/// and dotless domains: an address that passes here is one a lead form would plausibly deliver to.
/// </summary>
internal static class EmailNormaliser
{
    private const int MaxLocalPartLength = 64; // RFC 5321
    private const int MaxDomainLength = 253;
    private const int MaxLabelLength = 63;

    // RFC 5322 atext without the letters and digits; the dot is handled separately.
    private const string LocalPartSymbols = "!#$%&'*+/=?^_`{|}~-";

    public static NormalisedEmail Normalise(string raw)
    {
        // Lower-casing the local part is not strictly safe per RFC 5321, but no mailbox provider we target
        // distinguishes case, and duplicates would otherwise slip through.
        var value = (raw ?? "").Trim().ToLowerInvariant();
        return new NormalisedEmail(value, IsValid(value));
    }

    private static bool IsValid(string email)
    {
        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@') || email.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        var local = email[..at];
        var domain = email[(at + 1)..];
        return IsValidLocalPart(local) && IsValidDomain(domain);
    }

    private static bool IsValidLocalPart(string local) =>
        local.Length <= MaxLocalPartLength
        && local[0] != '.'
        && local[^1] != '.'
        && local.All(c => char.IsAsciiLetterOrDigit(c) || c == '.' || LocalPartSymbols.Contains(c));

    private static bool IsValidDomain(string domain)
    {
        if (domain.Length > MaxDomainLength)
        {
            return false;
        }

        var labels = domain.Split('.');
        return labels.Length >= 2 && labels.All(IsValidLabel) && IsValidTopLevelDomain(labels[^1]);
    }

    private static bool IsValidLabel(string label) =>
        label.Length is > 0 and <= MaxLabelLength
        && label[0] != '-'
        && label[^1] != '-'
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    // Letters only, except internationalised TLDs, which reach us in their ASCII (punycode) form "xn--...".
    private static bool IsValidTopLevelDomain(string tld) =>
        tld.Length >= 2 && (tld.All(char.IsAsciiLetter) || tld.StartsWith("xn--", StringComparison.Ordinal));
}
