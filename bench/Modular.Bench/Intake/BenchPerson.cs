using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Modular.Bench.Intake;

/// <summary>
/// One distinct person per number: a unique address and a unique French mobile, so no submission is merged into an
/// earlier one and every request does the full work of creating a lead.
/// </summary>
internal sealed record BenchPerson(string FirstName, string LastName, string Email, string Phone, string Message)
{
    private static long people;

    /// <summary>The next person of this process: numbers are never reused, so neither are addresses nor phone numbers.</summary>
    public static BenchPerson Next(string run) => Number(Interlocked.Increment(ref people), run);

    private static BenchPerson Number(long n, string run) =>
        new("Camille", $"Bench{n}", $"bench.{run}.{n}@example.com", "06" + (n % 100_000_000).ToString("D8", CultureInfo.InvariantCulture),
            "Please call me back about a quote.");

    public byte[] Json() => JsonSerializer.SerializeToUtf8Bytes(new
    {
        firstName = FirstName,
        lastName = LastName,
        email = Email,
        phone = Phone,
        country = "FR",
        message = Message,
    });

    /// <summary>The X-Modular-Signature value for <paramref name="body"/>: t=&lt;unix&gt;,v1=&lt;hex HMAC-SHA256(secret, "t.body")&gt;.</summary>
    public static string Sign(byte[] secret, byte[] body, long unixSeconds)
    {
        var t = unixSeconds.ToString(CultureInfo.InvariantCulture);
        var signed = new byte[t.Length + 1 + body.Length];
        Encoding.ASCII.GetBytes(t + ".", signed);
        body.CopyTo(signed, t.Length + 1);
        return $"t={t},v1={Convert.ToHexStringLower(HMACSHA256.HashData(secret, signed))}";
    }
}
