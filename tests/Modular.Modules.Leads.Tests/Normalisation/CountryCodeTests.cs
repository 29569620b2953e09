using Modular.Modules.Leads.Normalisation;

namespace Modular.Modules.Leads.Tests.Normalisation;

public sealed class CountryCodeTests
{
    [Theory]
    [InlineData("fr", "FR")]
    [InlineData(" FR ", "FR")]
    [InlineData("France", "FR")]
    [InlineData("france", "FR")]
    [InlineData("FRA", "FR")]
    [InlineData("Belgique", "BE")]
    [InlineData("Belgium", "BE")]
    [InlineData("Suisse", "CH")]
    [InlineData("CHE", "CH")]
    [InlineData("Luxembourg", "LU")]
    [InlineData("Allemagne", "DE")]
    [InlineData("Germany", "DE")]
    [InlineData("Espagne", "ES")]
    [InlineData("España", "ES")]
    [InlineData("Italie", "IT")]
    [InlineData("ITA", "IT")]
    [InlineData("Portugal", "PT")]
    [InlineData("Pays-Bas", "NL")]
    [InlineData("pays bas", "NL")]
    [InlineData("The Netherlands", "NL")]
    [InlineData("UK", "GB")]
    [InlineData("U.K.", "GB")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("Royaume-Uni", "GB")]
    [InlineData("USA", "US")]
    [InlineData("U.S.A.", "US")]
    [InlineData("United  States", "US")]
    [InlineData("États-Unis", "US")]
    [InlineData("etats-unis", "US")]
    [InlineData("Canada", "CA")]
    [InlineData("CAN", "CA")]
    public void ReadsCodesAndNamesOfSupportedCountries(string raw, string expected) =>
        CountryCode.Normalise(raw).ShouldBe(expected);

    [Theory]
    [InlineData("jp", "JP")]
    [InlineData(" ma ", "MA")]
    [InlineData("Ie", "IE")]
    public void UpperCasesAnyOtherTwoLetterCode(string raw, string expected) =>
        CountryCode.Normalise(raw).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Japan")]
    [InlineData("JPN")]
    [InlineData("F")]
    [InlineData("F1")]
    [InlineData("33")]
    [InlineData("Fr ance")]
    [InlineData("é")]
    public void AnythingElseIsNull(string? raw) => CountryCode.Normalise(raw).ShouldBeNull();
}
