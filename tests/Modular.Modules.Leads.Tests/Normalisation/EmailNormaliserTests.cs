using Modular.Modules.Leads.Normalisation;

namespace Modular.Modules.Leads.Tests.Normalisation;

public sealed class EmailNormaliserTests
{
    [Theory]
    [InlineData("Jean.Dupont@Example.com", "jean.dupont@example.com")]
    [InlineData("  a@b.co ", "a@b.co")]
    [InlineData("first+tag@sub.domain.fr", "first+tag@sub.domain.fr")]
    [InlineData("o'neil@example.ie", "o'neil@example.ie")]
    [InlineData("user_name-1@my-domain.io", "user_name-1@my-domain.io")]
    [InlineData("x@123.example.org", "x@123.example.org")]
    [InlineData("contact@xn--80ak6aa92e.xn--p1ai", "contact@xn--80ak6aa92e.xn--p1ai")] // a punycode TLD
    [InlineData("JEAN@EXAMPLE.COM", "jean@example.com")]
    public void AcceptsPlausibleAddresses(string raw, string value) =>
        EmailNormaliser.Normalise(raw).ShouldBe(new NormalisedEmail(value, true));

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("plainaddress", "plainaddress")]
    [InlineData("@example.com", "@example.com")]
    [InlineData("jean@", "jean@")]
    [InlineData("jean@@example.com", "jean@@example.com")]
    [InlineData("jean@exa@mple.com", "jean@exa@mple.com")]
    [InlineData("Jean Dupont@example.com", "jean dupont@example.com")]
    [InlineData("jean@exam ple.com", "jean@exam ple.com")]
    [InlineData("  JEAN@EXAMPLE  ", "jean@example")] // no dot in the domain
    [InlineData("jean@example.c", "jean@example.c")] // one-letter TLD
    [InlineData("jean@example.c0m", "jean@example.c0m")]
    [InlineData("jean@example.123", "jean@example.123")]
    [InlineData("jean..dupont@example.com", "jean..dupont@example.com")]
    [InlineData(".jean@example.com", ".jean@example.com")]
    [InlineData("jean.@example.com", "jean.@example.com")]
    [InlineData("jean@-example.com", "jean@-example.com")]
    [InlineData("jean@example-.com", "jean@example-.com")]
    [InlineData("jean@example..com", "jean@example..com")]
    [InlineData("jean@.example.com", "jean@.example.com")]
    [InlineData("jean@example.com.", "jean@example.com.")]
    [InlineData("jean@exa_mple.com", "jean@exa_mple.com")]
    [InlineData("\"jean\"@example.com", "\"jean\"@example.com")]
    [InlineData("Jean <jean@example.com>", "jean <jean@example.com>")]
    [InlineData("jean@[192.168.0.1]", "jean@[192.168.0.1]")]
    [InlineData("jéan@example.com", "jéan@example.com")]
    [InlineData("jean@exämple.com", "jean@exämple.com")]
    [InlineData("jean,dupont@example.com", "jean,dupont@example.com")]
    public void RejectsButStillNormalises(string raw, string value) =>
        EmailNormaliser.Normalise(raw).ShouldBe(new NormalisedEmail(value, false));

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    public void LimitsTheLocalPartTo64Characters(int length, bool valid) =>
        EmailNormaliser.Normalise(new string('a', length) + "@example.com").IsValid.ShouldBe(valid);

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, false)]
    public void LimitsADomainLabelTo63Characters(int length, bool valid) =>
        EmailNormaliser.Normalise("jean@" + new string('a', length) + ".com").IsValid.ShouldBe(valid);

    [Fact]
    public void ANullAddressIsInvalidRatherThanAnError() =>
        EmailNormaliser.Normalise(null!).ShouldBe(new NormalisedEmail("", false));
}
