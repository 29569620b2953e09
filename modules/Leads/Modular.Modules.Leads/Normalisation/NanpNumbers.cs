namespace Modular.Modules.Leads.Normalisation;

/// <summary>
/// North American Numbering Plan rules shared by the US and Canada: ten digits, area code and exchange not
/// starting with 0 or 1 (those are trunk and operator prefixes), and which area codes are Canadian.
/// </summary>
internal static class NanpNumbers
{
    // Geographic Canadian area codes; every other valid NANP number is counted as US, which is right for
    // the US and wrong only for the Caribbean members we do not support anyway.
    private static readonly HashSet<string> CanadianAreaCodes =
    [
        "204", "226", "236", "249", "250", "257", "263", "289", "306", "343", "354", "365", "367", "368", "382",
        "403", "416", "418", "428", "431", "437", "438", "450", "468", "474", "506", "514", "519", "548", "579",
        "581", "584", "587", "604", "613", "639", "647", "672", "683", "705", "709", "742", "753", "778", "780",
        "782", "807", "819", "825", "867", "873", "879", "902", "905", "942",
    ];

    public static bool IsDialable(string nationalNumber) =>
        nationalNumber.Length == 10
        && nationalNumber[0] >= '2'
        && nationalNumber[3] >= '2'
        // N11 codes (211, 411, 911...) are service codes, never area codes.
        && !(nationalNumber[1] == '1' && nationalNumber[2] == '1');

    public static bool IsCanadian(string nationalNumber) => CanadianAreaCodes.Contains(nationalNumber[..3]);
}
