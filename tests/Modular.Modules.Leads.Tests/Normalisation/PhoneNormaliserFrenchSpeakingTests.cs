namespace Modular.Modules.Leads.Tests.Normalisation;

/// <summary>France, Belgium, Switzerland and Luxembourg: trunk 0 in the first three, none in Luxembourg.</summary>
public sealed class PhoneNormaliserFrenchSpeakingTests
{
    [Theory]
    [InlineData("06 12 34 56 78", "+33612345678", "Mobile")]
    [InlineData("0612345678", "+33612345678", "Mobile")]
    [InlineData("06.12.34.56.78", "+33612345678", "Mobile")]
    [InlineData("06-12-34-56-78", "+33612345678", "Mobile")]
    [InlineData("(06) 12 34 56 78", "+33612345678", "Mobile")]
    [InlineData("+33 6 12 34 56 78", "+33612345678", "Mobile")]
    [InlineData("0033 6 12 34 56 78", "+33612345678", "Mobile")]
    [InlineData("+33 (0)6 12 34 56 78", "+33612345678", "Mobile")]
    [InlineData("+33 06 12 34 56 78", "+33612345678", "Mobile")]
    [InlineData("(+33) 6 12 34 56 78", "+33612345678", "Mobile")]
    [InlineData("6 12 34 56 78", "+33612345678", "Mobile")]
    [InlineData("33 6 12 34 56 78", "+33612345678", "Mobile")]
    [InlineData("07 81 23 45 67", "+33781234567", "Mobile")]
    [InlineData("01 42 68 53 00", "+33142685300", "Landline")]
    [InlineData("+33 (0) 1 42 68 53 00", "+33142685300", "Landline")]
    [InlineData("04/72/12/34/56", "+33472123456", "Landline")]
    [InlineData("09 70 12 34 56", "+33970123456", "Landline")]
    [InlineData("0800 123 456", "+33800123456", "Unknown")]
    public void France(string raw, string e164, string lineType) =>
        PhoneExpectation.Normalises(raw, "FR", e164, "FR", lineType);

    [Theory]
    [InlineData("0470 12 34 56", "+32470123456", "Mobile")]
    [InlineData("+32 470 12 34 56", "+32470123456", "Mobile")]
    [InlineData("0032 (0)499 12 34 56", "+32499123456", "Mobile")]
    [InlineData("0455 12 34 56", "+32455123456", "Mobile")]
    [InlineData("02/123.45.67", "+3221234567", "Landline")]
    [InlineData("0032 2 123 45 67", "+3221234567", "Landline")]
    [InlineData("04 123 45 67", "+3241234567", "Landline")]
    [InlineData("0800 12 345", "+3280012345", "Unknown")]
    public void Belgium(string raw, string e164, string lineType) =>
        PhoneExpectation.Normalises(raw, "BE", e164, "BE", lineType);

    [Theory]
    [InlineData("079 123 45 67", "+41791234567", "Mobile")]
    [InlineData("+41 79 123 45 67", "+41791234567", "Mobile")]
    [InlineData("0041 76 123 45 67", "+41761234567", "Mobile")]
    [InlineData("044 668 18 00", "+41446681800", "Landline")]
    [InlineData("+41 (0)22 730 51 11", "+41227305111", "Landline")]
    [InlineData("071 123 45 67", "+41711234567", "Landline")]
    [InlineData("0800 123 456", "+41800123456", "Unknown")]
    public void Switzerland(string raw, string e164, string lineType) =>
        PhoneExpectation.Normalises(raw, "CH", e164, "CH", lineType);

    [Theory]
    [InlineData("621 123 456", "+352621123456", "Mobile")]
    [InlineData("+352 691 123 456", "+352691123456", "Mobile")]
    [InlineData("00352 661 234 567", "+352661234567", "Mobile")]
    [InlineData("+352 (0)621 123 456", "+352621123456", "Mobile")]
    [InlineData("27 12 34 56", "+35227123456", "Landline")]
    [InlineData("+352 47 11", "+3524711", "Landline")]
    [InlineData("800 12345", "+35280012345", "Unknown")]
    public void Luxembourg(string raw, string e164, string lineType) =>
        PhoneExpectation.Normalises(raw, "LU", e164, "LU", lineType);

    [Theory]
    [InlineData("06 12 34 56 7", "FR")] // eight digits
    [InlineData("06 12 34 56 789", "FR")] // ten digits
    [InlineData("+33 0 06 12 34 56 78", "FR")] // two zeros after the calling code
    [InlineData("00 12 34 56 78", "FR")] // 00 then a calling code starting with 1 and too few digits
    [InlineData("0412 34 56 78", "BE")] // nine digits that are not a mobile
    [InlineData("+32 2 123 45", "BE")]
    [InlineData("079 123 45 6", "CH")]
    [InlineData("0621 123 456", "LU")] // Luxembourg has no trunk 0
    [InlineData("+352 123", "LU")]
    public void Rejects(string raw, string defaultCountry) => PhoneExpectation.Rejects(raw, defaultCountry);
}
