using System.Security.Cryptography;
using System.Text;

namespace Modular.Modules.Messaging.Shared;

/// <summary>
/// One spelling per address, so the suppression hash, the lead look-up and the free-text window all find the same
/// person however a plugin or a module wrote the number: emails trimmed and lower-cased, phones reduced to <c>+</c>
/// and digits (separators and a channel prefix such as <c>whatsapp:</c> dropped).
/// </summary>
internal static class Addresses
{
    public const string Phone = "phone";
    public const string Email = "email";

    public static string KindOf(string address) => address.Contains('@') ? Email : Phone;

    public static string Normalise(string address)
    {
        var trimmed = address.Trim();
        if (trimmed.Contains('@'))
            return trimmed.ToLowerInvariant();
        var colon = trimmed.LastIndexOf(':');
        if (colon >= 0)
            trimmed = trimmed[(colon + 1)..];
        var phone = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c) || (c == '+' && phone.Length == 0))
                phone.Append(c);
        }
        return phone.ToString();
    }

    /// <summary>The suppression list's key: lower-case hex SHA-256 of the normalised address.</summary>
    public static string Hash(string address) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(address))));
}
