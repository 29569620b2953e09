namespace Modular.Modules.Leads.Tests.Normalisation;

/// <summary>Germany, the Netherlands and the UK use a trunk 0; Spain, Italy and Portugal do not.</summary>
public sealed class PhoneNormaliserEuropeTests
{
    [Theory]
    [InlineData("0151 12345678", "+4915112345678", "Mobile")]
    [InlineData("+49 171 1234567", "+491711234567", "Mobile")]
    [InlineData("0049 160 1234567", "+491601234567", "Mobile")]
    [InlineData("030 12345678", "+493012345678", "Landline")]
    [InlineData("0049 (0)30 1234 5678", "+493012345678", "Landline")]
    [InlineData("089/1234567", "+49891234567", "Landline")]
    [InlineData("0800 1234567", "+498001234567", "Unknown")]
    public void Germany(string raw, string e164, string lineType) =>
        PhoneExpectation.Normalises(raw, "DE", e164, "DE", lineType);

    [Theory]
    [InlineData("612 34 56 78", "+34612345678", "Mobile")]
    [InlineData("+34 612 345 678", "+34612345678", "Mobile")]
    [InlineData("712-345-678", "+34712345678", "Mobile")]
    [InlineData("0034 91 123 45 67", "+34911234567", "Landline")]
    [InlineData("91.123.45.67", "+34911234567", "Landline")]
    [InlineData("+34 (0)612 345 678", "+34612345678", "Mobile")]
    [InlineData("900 123 456", "+34900123456", "Unknown")]
    public void Spain(string raw, string e164, string lineType) =>
        PhoneExpectation.Normalises(raw, "ES", e164, "ES", lineType);

    [Theory]
    [InlineData("06 1234 5678", "+390612345678", "Landline")]
    [InlineData("+39 06 1234 5678", "+390612345678", "Landline")]
    [InlineData("+39 (0)6 1234 5678", "+390612345678", "Landline")]
    [InlineData("0039 02 1234 5678", "+390212345678", "Landline")]
    [InlineData("333 123 4567", "+393331234567", "Mobile")]
    [InlineData("+39 333 1234567", "+393331234567", "Mobile")]
    [InlineData("800 123 456", "+39800123456", "Unknown")]
    public void Italy(string raw, string e164, string lineType) =>
        PhoneExpectation.Normalises(raw, "IT", e164, "IT", lineType);

    [Theory]
    [InlineData("912 345 678", "+351912345678", "Mobile")]
    [InlineData("+351 912 345 678", "+351912345678", "Mobile")]
    [InlineData("00351 21 123 4567", "+351211234567", "Landline")]
    [InlineData("21 123 45 67", "+351211234567", "Landline")]
    [InlineData("800 123 456", "+351800123456", "Unknown")]
    public void Portugal(string raw, string e164, string lineType) =>
        PhoneExpectation.Normalises(raw, "PT", e164, "PT", lineType);

    [Theory]
    [InlineData("06 12345678", "+31612345678", "Mobile")]
    [InlineData("+31 6 1234 5678", "+31612345678", "Mobile")]
    [InlineData("0031 20 123 4567", "+31201234567", "Landline")]
    [InlineData("020-1234567", "+31201234567", "Landline")]
    [InlineData("+31 (0)20 123 4567", "+31201234567", "Landline")]
    [InlineData("085 123 4567", "+31851234567", "Unknown")]
    public void Netherlands(string raw, string e164, string lineType) =>
        PhoneExpectation.Normalises(raw, "NL", e164, "NL", lineType);

    [Theory]
    [InlineData("07700 900123", "+447700900123", "Mobile")]
    [InlineData("+44 7700 900123", "+447700900123", "Mobile")]
    [InlineData("0044 20 7946 0958", "+442079460958", "Landline")]
    [InlineData("020 7946 0958", "+442079460958", "Landline")]
    [InlineData("+44 (0)20 7946 0958", "+442079460958", "Landline")]
    [InlineData("0161 496 0000", "+441614960000", "Landline")]
    [InlineData("07012 345678", "+447012345678", "Unknown")]
    [InlineData("07623 456789", "+447623456789", "Unknown")]
    [InlineData("0800 123 456", "+44800123456", "Unknown")]
    public void UnitedKingdom(string raw, string e164, string lineType) =>
        PhoneExpectation.Normalises(raw, "GB", e164, "GB", lineType);

    [Theory]
    [InlineData("0151 123", "DE")] // a mobile needs 10 or 11 digits
    [InlineData("+49 30 12", "DE")]
    [InlineData("0612345678", "ES")] // Spain has no trunk 0
    [InlineData("412 345 678", "ES")]
    [InlineData("333 12 34", "IT")] // an Italian mobile needs 9 or 10 digits
    [InlineData("0912345678", "PT")] // Portugal has no trunk 0
    [InlineData("+351 12 345 6789", "PT")]
    [InlineData("06 1234567", "NL")]
    [InlineData("07700 90012", "GB")] // a British mobile needs 10 digits
    [InlineData("+44 4 1234 5678", "GB")]
    public void Rejects(string raw, string defaultCountry) => PhoneExpectation.Rejects(raw, defaultCountry);
}
