namespace Modular.Modules.Leads.Normalisation;

/// <summary>
/// The numbering plans of the countries we contact leads in. A hand-written subset of what libphonenumber
/// knows (not available here): lengths and leading digits only, enough to build E.164 and tell mobiles from
/// landlines. Replacing this table with libphonenumber's metadata would change no caller.
/// </summary>
internal static class PhoneNumberPlans
{
    private static readonly PhoneNumberPlan[] All =
    [
        new("FR", "33", "0", 9, 9, France),
        new("BE", "32", "0", 8, 9, Belgium),
        new("CH", "41", "0", 9, 9, Switzerland),
        new("LU", "352", null, 4, 11, Luxembourg),
        new("DE", "49", "0", 6, 13, Germany),
        new("ES", "34", null, 9, 9, Spain),
        new("IT", "39", null, 6, 11, Italy),
        new("PT", "351", null, 9, 9, Portugal),
        new("NL", "31", "0", 9, 9, Netherlands),
        new("GB", "44", "0", 9, 10, UnitedKingdom),
        new("US", "1", "1", 10, 10, n => NanpNumbers.IsDialable(n) && !NanpNumbers.IsCanadian(n) ? PhoneLineType.Unknown : null),
        new("CA", "1", "1", 10, 10, n => NanpNumbers.IsDialable(n) && NanpNumbers.IsCanadian(n) ? PhoneLineType.Unknown : null),
    ];

    public static IReadOnlyList<string> Countries { get; } = [.. All.Select(plan => plan.Country)];

    public static PhoneNumberPlan? ForCountry(string? country) => All.FirstOrDefault(plan => plan.Country == country);

    /// <summary>Every plan dialled with this calling code; empty when we support none.</summary>
    public static IReadOnlyList<PhoneNumberPlan> ForCallingCode(string callingCode) =>
        [.. All.Where(plan => plan.CallingCode == callingCode)];

    // No plan's national number starts with 0 once the trunk prefix is gone, except Italy's landlines.
    // A null answer rejects the number; Unknown accepts it without claiming a line type.

    private static PhoneLineType? France(string n) => n[0] switch
    {
        '6' or '7' => PhoneLineType.Mobile,
        >= '1' and <= '5' or '9' => PhoneLineType.Landline,
        '8' => PhoneLineType.Unknown, // freephone, shared cost, premium
        _ => null,
    };

    private static PhoneLineType? Belgium(string n) => n.Length switch
    {
        // Nine-digit numbers are mobiles only: 045x-049x (045x was opened after 046x-049x and is mobile too).
        9 => n[0] == '4' && n[1] >= '5' ? PhoneLineType.Mobile : null,
        _ when n[0] == '0' => null,
        _ when Starts(n, "70", "78", "800", "90") => PhoneLineType.Unknown, // shared cost, freephone, premium
        _ => PhoneLineType.Landline, // eight digits: area codes 02-09 and 0xx, Liège's 04 included
    };

    private static PhoneLineType? Switzerland(string n) => n[0] switch
    {
        '0' => null,
        '7' when n[1] >= '5' => PhoneLineType.Mobile,
        >= '2' and <= '6' => PhoneLineType.Landline,
        _ when Starts(n, "71", "81", "91") => PhoneLineType.Landline, // St. Gallen, Chur, Ticino
        _ => PhoneLineType.Unknown, // 74 pagers, 8xx/9xx service numbers
    };

    private static PhoneLineType? Luxembourg(string n) => n[0] switch
    {
        '0' => null,
        // Mobiles are 6x1 (Post 621/691, Tango 661, Orange 671) and their 6x8 extensions, always nine digits.
        '6' when n.Length == 9 && n[2] is '1' or '8' => PhoneLineType.Mobile,
        '6' or '8' or '9' => PhoneLineType.Unknown, // other 6xx, freephone, premium
        _ => PhoneLineType.Landline,
    };

    private static PhoneLineType? Germany(string n) => n[0] switch
    {
        '0' => null,
        // 015x/016x/017x mobiles have 10 or 11 significant digits; shorter or longer is a typo, not a number.
        '1' when n[1] is '5' or '6' or '7' => n.Length is 10 or 11 ? PhoneLineType.Mobile : null,
        '1' => PhoneLineType.Unknown, // service ranges (0180, 0137, 0118)
        _ when Starts(n, "700", "800", "900") => PhoneLineType.Unknown, // personal, freephone, premium
        _ => PhoneLineType.Landline,
    };

    private static PhoneLineType? Spain(string n) => n[0] switch
    {
        '6' or '7' => PhoneLineType.Mobile,
        '9' or '8' when n[1] != '0' => PhoneLineType.Landline, // 80x and 90x are freephone and premium
        '5' or '8' or '9' => PhoneLineType.Unknown,
        _ => null,
    };

    private static PhoneLineType? Italy(string n) => n[0] switch
    {
        // Landlines keep their 0 after +39: it is part of the number, not a trunk prefix.
        '0' => PhoneLineType.Landline,
        '3' => n.Length is 9 or 10 ? PhoneLineType.Mobile : null,
        '4' or '5' or '8' => PhoneLineType.Unknown, // non-geographic, VoIP, freephone and premium
        _ => null,
    };

    private static PhoneLineType? Portugal(string n) => n[0] switch
    {
        '9' => PhoneLineType.Mobile,
        '2' => PhoneLineType.Landline,
        '3' or '7' or '8' => PhoneLineType.Unknown, // nomadic VoIP, shared cost, freephone
        _ => null,
    };

    private static PhoneLineType? Netherlands(string n) => n[0] switch
    {
        '6' => PhoneLineType.Mobile,
        >= '1' and <= '5' or '7' => PhoneLineType.Landline,
        '8' or '9' => PhoneLineType.Unknown, // corporate, VoIP, premium
        _ => null,
    };

    private static PhoneLineType? UnitedKingdom(string n) => n[0] switch
    {
        // 07 is mobile except 070 (personal numbers, often premium-rate scams) and 076 (pagers).
        '7' when n.Length != 10 => null,
        '7' => n[1] is '0' or '6' ? PhoneLineType.Unknown : PhoneLineType.Mobile,
        '1' or '2' => PhoneLineType.Landline,
        '3' or '5' or '8' or '9' => PhoneLineType.Unknown, // non-geographic, VoIP, freephone, premium
        _ => null,
    };

    private static bool Starts(string n, params string[] prefixes) => prefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal));
}
