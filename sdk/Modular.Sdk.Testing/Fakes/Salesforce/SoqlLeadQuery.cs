using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Modular.Sdk.Testing.Fakes.Salesforce;

/// <summary>
/// The SOQL the fake understands: <c>SELECT Id FROM Lead WHERE Email|Phone = '…' [AND IsConverted = false]
/// [ORDER BY CreatedDate [ASC]] [LIMIT n]</c>, keywords and field names in any case, the literal with SOQL's escapes.
/// </summary>
/// <param name="Field">The field compared, in its API spelling.</param>
/// <param name="Value">The literal, unescaped.</param>
/// <param name="OpenOnly">Whether converted leads are left out.</param>
/// <param name="Limit">The most records to return.</param>
internal sealed partial record SoqlLeadQuery(string Field, string Value, bool OpenOnly, int Limit)
{
    /// <summary>The query, or null with Salesforce's explanation of what it could not read.</summary>
    public static SoqlLeadQuery? Parse(string? soql, out string? error)
    {
        var match = Shape().Match(soql ?? "");
        if (!match.Success)
        {
            error = $"This fake reads only SELECT Id FROM Lead WHERE Email|Phone = '...' [AND IsConverted = false] [ORDER BY CreatedDate] [LIMIT n]; it got: {soql}";
            return null;
        }
        if (Unescape(match.Groups["literal"].Value) is not { } value)
        {
            error = $"Invalid string literal '{match.Groups["literal"].Value}'. Illegal character sequence '\\' in string literal.";
            return null;
        }
        error = null;
        var field = match.Groups["field"].Value.Equals("Email", StringComparison.OrdinalIgnoreCase) ? "Email" : "Phone";
        var limit = match.Groups["limit"].Success ? int.Parse(match.Groups["limit"].Value, CultureInfo.InvariantCulture) : int.MaxValue;
        return new SoqlLeadQuery(field, value, match.Groups["open"].Success, limit);
    }

    /// <summary>The literal's text once SOQL's escapes are read, or null when it holds a backslash that starts none.</summary>
    private static string? Unescape(string literal)
    {
        var text = new StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] != '\\')
            {
                text.Append(literal[i]);
                continue;
            }
            if (++i == literal.Length)
                return null;
            switch (literal[i])
            {
                case 'n' or 'N': text.Append('\n'); break;
                case 'r' or 'R': text.Append('\r'); break;
                case 't' or 'T': text.Append('\t'); break;
                case 'b' or 'B': text.Append('\b'); break;
                case 'f' or 'F': text.Append('\f'); break;
                case '"' or '\'' or '\\': text.Append(literal[i]); break;
                case 'u' when i + 4 < literal.Length && ushort.TryParse(literal.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    text.Append((char)code);
                    i += 4;
                    break;
                default: return null;
            }
        }
        return text.ToString();
    }

    // A quote inside the literal must be escaped: an unescaped one ends the literal, and what follows no longer fits.
    [GeneratedRegex(@"^\s*SELECT\s+Id\s+FROM\s+Lead\s+WHERE\s+(?<field>Email|Phone)\s*=\s*'(?<literal>(?:[^'\\]|\\.)*)'(?<open>\s+AND\s+IsConverted\s*=\s*false)?(?:\s+ORDER\s+BY\s+CreatedDate(?:\s+ASC)?)?(?:\s+LIMIT\s+(?<limit>\d{1,4}))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Shape();
}
