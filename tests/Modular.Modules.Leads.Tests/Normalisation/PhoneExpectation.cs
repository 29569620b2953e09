using Modular.Modules.Leads.Normalisation;

namespace Modular.Modules.Leads.Tests.Normalisation;

/// <summary>One place that states what a valid or invalid normalised phone looks like, field by field.</summary>
internal static class PhoneExpectation
{
    public static void Normalises(string raw, string defaultCountry, string e164, string? country, string lineType)
    {
        var phone = PhoneNormaliser.Normalise(raw, defaultCountry);

        phone.ShouldSatisfyAllConditions(
            () => phone.E164.ShouldBe(e164),
            () => phone.IsValid.ShouldBeTrue(),
            () => phone.Country.ShouldBe(country),
            () => phone.LineType.ToString().ShouldBe(lineType),
            () => phone.Raw.ShouldBe(raw.Trim()));
    }

    public static void Rejects(string raw, string defaultCountry)
    {
        var phone = PhoneNormaliser.Normalise(raw, defaultCountry);

        phone.ShouldSatisfyAllConditions(
            () => phone.E164.ShouldBeNull(),
            () => phone.IsValid.ShouldBeFalse(),
            () => phone.Country.ShouldBeNull(),
            () => phone.LineType.ShouldBe(PhoneLineType.Unknown),
            () => phone.Raw.ShouldBe(raw.Trim()));
    }
}
