namespace Modular.Modules.Leads.Tests.Normalisation;

/// <summary>US and Canada share +1 and a trunk 1; the area code tells them apart; the plan does not tell mobiles.</summary>
public sealed class PhoneNormaliserNorthAmericaTests
{
    [Theory]
    [InlineData("(212) 555-0123", "US", "+12125550123", "US")]
    [InlineData("212.555.0123", "US", "+12125550123", "US")]
    [InlineData("1-212-555-0123", "US", "+12125550123", "US")]
    [InlineData("+1 212 555 0123", "FR", "+12125550123", "US")]
    [InlineData("001 212 555 0123", "FR", "+12125550123", "US")]
    [InlineData("212-555-0123", "CA", "+12125550123", "US")]
    [InlineData("(416) 555-0199", "CA", "+14165550199", "CA")]
    [InlineData("+1 604 555 0123", "US", "+16045550123", "CA")]
    [InlineData("1 (514) 555-0188", "CA", "+15145550188", "CA")]
    [InlineData("416 555 0199", "US", "+14165550199", "CA")] // a Canadian number typed with the US default
    public void NorthAmerica(string raw, string defaultCountry, string e164, string country) =>
        PhoneExpectation.Normalises(raw, defaultCountry, e164, country, "Unknown");

    [Theory]
    [InlineData("011 33 6 12 34 56 78", "US", "+33612345678", "FR", "Mobile")]
    [InlineData("011 44 20 7946 0958", "CA", "+442079460958", "GB", "Landline")]
    public void InternationalPrefixFromNorthAmerica(string raw, string defaultCountry, string e164, string country, string lineType) =>
        PhoneExpectation.Normalises(raw, defaultCountry, e164, country, lineType);

    [Theory]
    [InlineData("(012) 555-0123", "US")] // area code starts with 0
    [InlineData("(112) 555-0123", "US")] // area code starts with 1
    [InlineData("212-055-0123", "US")] // exchange starts with 0
    [InlineData("212-155-0123", "US")] // exchange starts with 1
    [InlineData("911-555-0123", "US")] // N11 is a service code
    [InlineData("+1 212 555 012", "US")]
    [InlineData("+1 1 212 555 0123", "US")]
    [InlineData("2-212-555-0123", "US")] // eleven digits without the trunk 1
    public void Rejects(string raw, string defaultCountry) => PhoneExpectation.Rejects(raw, defaultCountry);
}
