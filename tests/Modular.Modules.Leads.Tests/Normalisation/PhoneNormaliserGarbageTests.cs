using System.Text.RegularExpressions;
using Modular.Modules.Leads.Normalisation;

namespace Modular.Modules.Leads.Tests.Normalisation;

/// <summary>
/// Property-style checks over many generated strings: lead data is whatever a form or a file held, so the
/// normaliser must never throw, must reject what cannot be a number, and must only ever produce real E.164.
/// </summary>
public sealed partial class PhoneNormaliserGarbageTests
{
    private const string PhoneAlphabet = "0123456789 .-()/+";
    private const string GarbageAlphabet = "0123456789 .-()/+abcxyzABCXYZéß_#*,;:@!?\"'\\\t";
    private const string Letters = "abcdefghijklmnopqrstuvwxyzOoIlÉ";

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("+")]
    [InlineData("++33 6 12 34 56 78")]
    [InlineData("+33 6 12 34 56 78 +33")]
    [InlineData("06 12 34 56 78 ext 12")]
    [InlineData("O6 12 34 56 78")] // a letter O for a zero
    [InlineData("06_12_34_56_78")]
    [InlineData("06 12 34 56 78 / 07 12 34 56 78")] // two numbers in one field
    [InlineData("tel:+33612345678")]
    [InlineData("٠٦١٢٣٤٥٦٧٨")] // digits, but not ASCII ones
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("00 00 00 00 00")]
    [InlineData("+33")]
    [InlineData("6123")]
    [InlineData("(((())))")]
    [InlineData("12345678901234567890123")]
    public void CuratedGarbageIsInvalid(string raw) => PhoneExpectation.Rejects(raw, "FR");

    [Theory]
    [MemberData(nameof(StringsWithALetter))]
    [MemberData(nameof(TooManyDigits))]
    [MemberData(nameof(TooFewDigits))]
    public void GeneratedGarbageIsInvalidInEveryCountry(string raw)
    {
        foreach (var country in PhoneNormaliser.SupportedCountries)
        {
            PhoneExpectation.Rejects(raw, country);
        }
    }

    [Theory]
    [MemberData(nameof(PhoneLikeStrings))]
    public void AnyAnswerIsConsistentAndStable(string raw, string defaultCountry)
    {
        var phone = PhoneNormaliser.Normalise(raw, defaultCountry);

        phone.Raw.ShouldBe(raw.Trim());
        if (!phone.IsValid)
        {
            phone.Country.ShouldBeNull();
            phone.LineType.ShouldBe(PhoneLineType.Unknown);
            return;
        }

        phone.E164!.ShouldMatch(E164().ToString());
        if (phone.Country is not null)
        {
            PhoneNormaliser.SupportedCountries.ShouldContain(phone.Country);
        }

        // Normalising an E.164 number again, from anywhere, changes nothing.
        PhoneNormaliser.Normalise(phone.E164!, "US").ShouldBe(phone with { Raw = phone.E164! });
    }

    public static TheoryData<string> StringsWithALetter()
    {
        var random = new Random(20_250_101);
        var data = new TheoryData<string>();
        for (var i = 0; i < 150; i++)
        {
            var text = RandomString(random, GarbageAlphabet, random.Next(0, 25));
            data.Add(text.Insert(random.Next(text.Length + 1), Letters[random.Next(Letters.Length)].ToString()));
        }

        return data;
    }

    public static TheoryData<string> TooManyDigits()
    {
        var random = new Random(42);
        var data = new TheoryData<string>();
        for (var i = 0; i < 50; i++)
        {
            // Sixteen digits or more: past E.164 even if the first one were a separator-split prefix.
            var prefix = random.Next(3) switch { 0 => "+", 1 => "00", _ => "" };
            data.Add(prefix + RandomString(random, "0123456789", random.Next(18, 40)));
        }

        return data;
    }

    public static TheoryData<string> TooFewDigits()
    {
        var random = new Random(7);
        var data = new TheoryData<string>();
        for (var i = 0; i < 50; i++)
        {
            var digits = RandomString(random, "0123456789", random.Next(1, 4));
            data.Add((random.Next(2) == 0 ? "+" : "") + string.Join(' ', digits.ToCharArray()));
        }

        return data;
    }

    public static TheoryData<string, string> PhoneLikeStrings()
    {
        var random = new Random(1234);
        var countries = PhoneNormaliser.SupportedCountries.ToArray();
        var data = new TheoryData<string, string>();
        for (var i = 0; i < 300; i++)
        {
            data.Add(RandomString(random, PhoneAlphabet, random.Next(0, 22)), countries[random.Next(countries.Length)]);
        }

        return data;
    }

    private static string RandomString(Random random, string alphabet, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    private static partial Regex E164();
}
