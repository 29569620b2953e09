using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Modular.Modules.Privacy.Tests.Infrastructure;

/// <summary>
/// What a third party holding an export does, written from the documented format alone (no Modular code): recompute
/// each line's SHA-256 over its fields as netstrings, and check that each line carries the previous line's hash.
/// </summary>
internal static class ExportedChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Null when every line hashes right and links to the one before; else what is wrong with the first line that does not.</summary>
    public static string? FirstProblem(IReadOnlyList<string> lines, string firstPreviousHash)
    {
        var previous = firstPreviousHash;
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var entry = json.RootElement;
            var sequence = entry.GetProperty("sequence").GetInt64();
            if (entry.GetProperty("previousHash").GetString() != previous)
                return $"entry {sequence} does not link to the one before";
            var hash = entry.GetProperty("hash").GetString();
            if (Hash(entry) != hash)
                return $"entry {sequence} does not hash to {hash}";
            previous = hash!;
        }
        return null;
    }

    private static string Hash(JsonElement entry)
    {
        string[] fields =
        [
            entry.GetProperty("id").GetString()!, entry.GetProperty("tenantId").GetString()!,
            entry.GetProperty("sequence").GetInt64().ToString(CultureInfo.InvariantCulture), entry.GetProperty("occurredAt").GetString()!,
            entry.GetProperty("actor").GetString()!, entry.GetProperty("action").GetString()!, entry.GetProperty("subject").GetString()!,
            entry.GetProperty("details").GetString() ?? "", entry.GetProperty("previousHash").GetString()!,
        ];
        var netstrings = new MemoryStream();
        foreach (var field in fields)
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            netstrings.Write(Encoding.ASCII.GetBytes(bytes.Length.ToString(CultureInfo.InvariantCulture) + ":"));
            netstrings.Write(bytes);
            netstrings.WriteByte((byte)',');
        }
        return Convert.ToHexStringLower(SHA256.HashData(netstrings.ToArray()));
    }
}
