using Modular.Modules.Leads.Normalisation;

namespace Modular.Modules.Leads.Tests.Normalisation;

/// <summary>How the default country, international prefixes and unsupported calling codes decide the reading.</summary>
public sealed class PhoneNormaliserPrefixTests
{
    [Theory]
    [InlineData("+33 6 12 34 56 78", "BE", "+33612345678", "FR", "Mobile")]
    [InlineData("0033 1 42 68 53 00", "DE", "+33142685300", "FR", "Landline")]
    [InlineData("+44 7700 900123", "US", "+447700900123", "GB", "Mobile")]
    [InlineData("0049 151 12345678", "IT", "+4915112345678", "DE", "Mobile")]
    [InlineData("+352 621 123 456", "PT", "+352621123456", "LU", "Mobile")]
    public void AnInternationalNumberIgnoresTheDefaultCountry(string raw, string defaultCountry, string e164, string country, string lineType) =>
        PhoneExpectation.Normalises(raw, defaultCountry, e164, country, lineType);

    [Theory]
    [InlineData("fr")]
    [InlineData(" FR ")]
    [InlineData("France")]
    [InlineData("FRA")]
    public void TheDefaultCountryIsReadLikeAnyCountry(string defaultCountry) =>
        PhoneExpectation.Normalises("06 12 34 56 78", defaultCountry, "+33612345678", "FR", "Mobile");

    [Theory]
    [InlineData("06 12 34 56 78", "")]
    [InlineData("06 12 34 56 78", "JP")] // a country we have no plan for
    [InlineData("06 12 34 56 78", "nowhere")]
    public void ANationalNumberNeedsASupportedDefaultCountry(string raw, string defaultCountry) =>
        PhoneExpectation.Rejects(raw, defaultCountry);

    [Theory]
    [InlineData("+7 912 345 67 89", "+79123456789")]
    [InlineData("0081 3 1234 5678", "+81312345678")]
    [InlineData("+353 87 123 4567", "+353871234567")]
    [InlineData("+86 138 0013 8000", "+8613800138000")]
    [InlineData("+49", "")] // only a calling code
    public void AnUnsupportedCallingCodeIsKeptWhenItsLengthFitsE164(string raw, string e164)
    {
        if (e164.Length == 0)
        {
            PhoneExpectation.Rejects(raw, "FR");
            return;
        }

        PhoneExpectation.Normalises(raw, "FR", e164, null, "Unknown");
    }

    [Theory]
    [InlineData("+7 123 45")] // seven digits
    [InlineData("+998 1234 5678 9012 34")] // sixteen digits
    [InlineData("+0 33 6 12 34 56 78")] // no calling code starts with 0
    public void AnUnsupportedCallingCodeOutsideE164LengthsIsRejected(string raw) => PhoneExpectation.Rejects(raw, "FR");

    [Fact]
    public void RawIsWhatWasGivenTrimmed()
    {
        var phone = PhoneNormaliser.Normalise("  06 12 34 56 78\t", "FR");

        phone.ShouldBe(new NormalisedPhone("06 12 34 56 78", "+33612345678", "FR", PhoneLineType.Mobile));
    }

    [Fact]
    public void ANullNumberIsInvalidRatherThanAnError()
    {
        var phone = PhoneNormaliser.Normalise(null!, "FR");

        phone.ShouldBe(new NormalisedPhone("", null, null, PhoneLineType.Unknown));
    }

    [Fact]
    public void SupportedCountriesAreTheTwelveWithAPlan() =>
        PhoneNormaliser.SupportedCountries.ShouldBe(["FR", "BE", "CH", "LU", "DE", "ES", "IT", "PT", "NL", "GB", "US", "CA"]);
}
