using System.Security.Cryptography;
using System.Text;
using Modular.Modules.Webhooks.Tests.Infrastructure;

namespace Modular.Modules.Webhooks.Tests.Signing;

/// <summary>The verifier the delivery tests trust must itself refuse what a partner's library would refuse.</summary>
public sealed class StandardWebhooksVerifierTests
{
    private const string Id = "msg_2b8Yq1JvQk7mX0aTn4LcPe9sWd";
    private const string Timestamp = "1700000000";
    private static readonly DateTimeOffset SentAt = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)(i * 7))];
    private static readonly string Secret = "whsec_" + Convert.ToBase64String(Key);
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":"lead.received","timestamp":"2023-11-14T22:13:20Z","data":{"leadId":"0b7c"}}""");

    // Built with a separate HMAC instance over the concatenated string, not through the verifier's own Sign.
    private static string HandSigned(byte[] key, byte[] body)
    {
        using var hmac = new HMACSHA256(key);
        var content = Encoding.UTF8.GetBytes($"{Id}.{Timestamp}.{Encoding.UTF8.GetString(body)}");
        return "v1," + Convert.ToBase64String(hmac.ComputeHash(content));
    }

    [Fact]
    public void The_published_standard_webhooks_vector_verifies()
    {
        var check = StandardWebhooksVerifier.Check(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330",
            Encoding.UTF8.GetBytes("""{"test": 2432232314}"""), "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            DateTimeOffset.FromUnixTimeSeconds(1614265330));

        check.ShouldBe(SignatureCheck.Valid);
    }

    [Fact]
    public void A_correctly_signed_message_verifies_within_the_tolerance()
    {
        StandardWebhooksVerifier.Check(Secret, Id, Timestamp, Body, HandSigned(Key, Body), SentAt.AddSeconds(299)).ShouldBe(SignatureCheck.Valid);
    }

    [Fact]
    public void A_tampered_body_fails()
    {
        var tampered = Body.ToArray();
        tampered[^3] ^= 0x01;

        StandardWebhooksVerifier.Check(Secret, Id, Timestamp, tampered, HandSigned(Key, Body), SentAt).ShouldBe(SignatureCheck.NoMatchingSignature);
    }

    [Fact]
    public void A_signature_made_with_another_secret_fails()
    {
        var otherKey = Key.Select(b => (byte)(b ^ 0x5a)).ToArray();

        StandardWebhooksVerifier.Check(Secret, Id, Timestamp, Body, HandSigned(otherKey, Body), SentAt).ShouldBe(SignatureCheck.NoMatchingSignature);
    }

    [Fact]
    public void Another_message_id_fails_because_the_id_is_signed()
    {
        StandardWebhooksVerifier.Check(Secret, Id + "x", Timestamp, Body, HandSigned(Key, Body), SentAt).ShouldBe(SignatureCheck.NoMatchingSignature);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public void A_timestamp_more_than_five_minutes_away_fails_even_when_signed(int secondsFromNow)
    {
        StandardWebhooksVerifier.Check(Secret, Id, Timestamp, Body, HandSigned(Key, Body), SentAt.AddSeconds(-secondsFromNow)).ShouldBe(SignatureCheck.StaleTimestamp);
    }

    [Fact]
    public void During_rotation_any_matching_entry_of_the_list_is_enough()
    {
        var stale = HandSigned(Key.Reverse().ToArray(), Body);

        StandardWebhooksVerifier.Check(Secret, Id, Timestamp, Body, $"{stale} {HandSigned(Key, Body)}", SentAt).ShouldBe(SignatureCheck.Valid);
    }

    [Fact]
    public void Only_v1_entries_count()
    {
        var asOtherVersion = "v2," + HandSigned(Key, Body)["v1,".Length..];

        StandardWebhooksVerifier.Check(Secret, Id, Timestamp, Body, asOtherVersion, SentAt).ShouldBe(SignatureCheck.NoMatchingSignature);
    }

    [Fact]
    public void A_secret_without_the_whsec_prefix_is_malformed()
    {
        StandardWebhooksVerifier.Check(Convert.ToBase64String(Key), Id, Timestamp, Body, HandSigned(Key, Body), SentAt).ShouldBe(SignatureCheck.MalformedSecret);
    }
}
