namespace Modular.Modules.Leads.Normalisation;

/// <summary>
/// The part of one country's numbering plan we need to validate and classify its numbers.
/// Countries sharing a calling code (US and CA) each have a plan that recognises only its own numbers.
/// </summary>
/// <param name="TrunkPrefix">Dialled before a national number inside the country ("0" in France, "1" in North America), null where there is none.</param>
/// <param name="MinLength">Shortest national significant number (the digits after the calling code).</param>
/// <param name="MaxLength">Longest national significant number.</param>
/// <param name="Recognise">
/// Given a national significant number of an allowed length, its line type, or null when the plan rules it out
/// (a leading digit no range starts with, a mobile of the wrong length, another country's area code).
/// </param>
internal sealed record PhoneNumberPlan(
    string Country,
    string CallingCode,
    string? TrunkPrefix,
    int MinLength,
    int MaxLength,
    Func<string, PhoneLineType?> Recognise)
{
    public bool TryRecognise(string nationalNumber, out PhoneLineType lineType)
    {
        lineType = PhoneLineType.Unknown;
        if (nationalNumber.Length < MinLength || nationalNumber.Length > MaxLength)
        {
            return false;
        }

        var recognised = Recognise(nationalNumber);
        lineType = recognised ?? PhoneLineType.Unknown;
        return recognised is not null;
    }
}
