namespace Modular.Modules.Leads.Normalisation;

/// <summary>
/// Turns a phone number as a lead typed it into E.164, the form every messaging channel needs.
/// A small stand-in for libphonenumber (not available here), which would replace this class and its plan table.
/// </summary>
internal static class PhoneNormaliser
{
    private const int MinE164Digits = 8;
    private const int MaxE164Digits = 15;

    public static IReadOnlyCollection<string> SupportedCountries => PhoneNumberPlans.Countries;

    /// <param name="defaultCountry">ISO alpha-2 (e.g. "FR"), used when the number carries no international prefix.</param>
    /// <remarks>Never throws: lead data is whatever a form or a file held, and an invalid number is an answer, not an error.</remarks>
    public static NormalisedPhone Normalise(string raw, string defaultCountry)
    {
        var given = raw?.Trim() ?? "";
        var invalid = new NormalisedPhone(given, null, null, PhoneLineType.Unknown);
        if (!PhoneInput.TryRead(given, out var hasPlus, out var digits))
        {
            return invalid;
        }

        var home = PhoneNumberPlans.ForCountry(CountryCode.Normalise(defaultCountry));
        var international = InternationalDigits(hasPlus, digits, home);
        var found = international is not null ? FromInternational(international) : FromNational(digits, home);
        return found is null ? invalid : found with { Raw = given };
    }

    /// <summary>The digits after the international prefix, or null when the number is written nationally.</summary>
    private static string? InternationalDigits(bool hasPlus, string digits, PhoneNumberPlan? home)
    {
        if (hasPlus)
        {
            return digits;
        }

        // 00 is Europe's international prefix; no national number starts with it, so it is safe whatever the default.
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            return digits[2..];
        }

        // 011 is North America's; in France "011..." is a Paris number, so it only counts from there.
        return home?.CallingCode == "1" && digits.StartsWith("011", StringComparison.Ordinal) ? digits[3..] : null;
    }

    private static NormalisedPhone? FromInternational(string digits)
    {
        if (digits.Length == 0 || digits[0] == '0')
        {
            return null; // no calling code starts with 0
        }

        // Calling codes are a prefix code (no code begins another), so the first length that matches is the code.
        for (var length = 1; length <= 3 && length < digits.Length; length++)
        {
            var callingCode = digits[..length];
            var plans = PhoneNumberPlans.ForCallingCode(callingCode);
            if (plans.Count == 0)
            {
                continue;
            }

            // "+33 (0)6..." and "+33 06...": a trunk 0 written after the calling code. Try the number as written
            // first, because Italian landlines keep that 0.
            var nationalNumber = digits[length..];
            return Recognise(plans, callingCode, nationalNumber)
                ?? (nationalNumber.StartsWith('0') ? Recognise(plans, callingCode, nationalNumber[1..]) : null);
        }

        // A country we have no plan for: trust the calling code and check only E.164's length.
        return digits.Length is >= MinE164Digits and <= MaxE164Digits
            ? new NormalisedPhone("", "+" + digits, null, PhoneLineType.Unknown)
            : null;
    }

    private static NormalisedPhone? FromNational(string digits, PhoneNumberPlan? home)
    {
        if (home is null)
        {
            return null; // no international prefix and no country to read it in
        }

        // A Canadian number given with default US (or the reverse) is still found: its sibling plan recognises it.
        var plans = PhoneNumberPlans.ForCallingCode(home.CallingCode).OrderBy(plan => plan != home).ToList();
        foreach (var nationalNumber in NationalCandidates(digits, home))
        {
            if (Recognise(plans, home.CallingCode, nationalNumber) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The readings of a nationally written number, most likely first.</summary>
    private static IEnumerable<string> NationalCandidates(string digits, PhoneNumberPlan home)
    {
        if (home.TrunkPrefix is { } trunk && digits.StartsWith(trunk, StringComparison.Ordinal))
        {
            yield return digits[trunk.Length..];
        }

        // Also accepted: the trunk prefix forgotten ("6 12 34 56 78")...
        yield return digits;

        // ...and the '+' forgotten before the calling code ("33 6 12 34 56 78").
        if (digits.StartsWith(home.CallingCode, StringComparison.Ordinal))
        {
            yield return digits[home.CallingCode.Length..];
        }
    }

    private static NormalisedPhone? Recognise(IEnumerable<PhoneNumberPlan> plans, string callingCode, string nationalNumber)
    {
        foreach (var plan in plans)
        {
            if (plan.TryRecognise(nationalNumber, out var lineType))
            {
                return new NormalisedPhone("", "+" + callingCode + nationalNumber, plan.Country, lineType);
            }
        }

        return null;
    }
}
