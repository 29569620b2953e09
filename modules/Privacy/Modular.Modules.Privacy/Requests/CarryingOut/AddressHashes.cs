using System.Security.Cryptography;
using System.Text;

namespace Modular.Modules.Privacy.Requests.CarryingOut;

/// <summary>How a request remembers whom it concerned once the person is erased: lower-case hex SHA-256 of the normalised address.</summary>
internal static class AddressHashes
{
    public static string Of(string normalisedAddress) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalisedAddress)));
}
