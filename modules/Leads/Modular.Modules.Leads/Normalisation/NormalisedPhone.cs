namespace Modular.Modules.Leads.Normalisation;

/// <summary>A phone number as given and, when it is a valid number, its E.164 form.</summary>
/// <param name="Raw">What was given, trimmed: kept so an operator can see what the lead actually typed.</param>
/// <param name="E164">"+33612345678" when valid, else null.</param>
/// <param name="Country">ISO 3166 alpha-2 of the number when known; null for invalid numbers and unsupported calling codes.</param>
/// <param name="LineType">Mobile or landline when the national plan tells; Unknown otherwise and for invalid numbers.</param>
internal sealed record NormalisedPhone(string Raw, string? E164, string? Country, PhoneLineType LineType)
{
    public bool IsValid => E164 is not null;
}
