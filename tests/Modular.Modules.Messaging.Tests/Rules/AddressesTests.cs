using Modular.Modules.Messaging.Shared;

namespace Modular.Modules.Messaging.Tests.Rules;

public sealed class AddressesTests
{
    [Theory]
    [InlineData("+33612345678", "+33612345678")]
    [InlineData(" +33 6 12 34 56 78 ", "+33612345678")]
    [InlineData("whatsapp:+33612345678", "+33612345678")]
    [InlineData("+1 (500) 555-0006", "+15005550006")]
    [InlineData(" Ada@Example.COM ", "ada@example.com")]
    public void One_address_has_one_spelling(string given, string expected) => Addresses.Normalise(given).ShouldBe(expected);

    [Fact]
    public void The_suppression_hash_is_the_hex_sha256_of_the_normalised_address()
    {
        Addresses.Hash("+33 6 12 34 56 78").ShouldBe(Addresses.Hash("+33612345678"));
        Addresses.Hash("+33612345678").ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("+33612345678"u8)));
        Addresses.Hash("+33612345678").Length.ShouldBe(64);
    }
}
