using System.Text;

namespace Modular.Plugins.Crm.Salesforce;

/// <summary>The SOQL queries the connector sends, with every value written as an escaped string literal.</summary>
internal static class Soql
{
    /// <summary>
    /// The oldest lead still open (not converted) whose <paramref name="field"/> equals <paramref name="value"/>, as the
    /// path of the query resource. SOQL compares strings without regard to case, so the email needs no normalising.
    /// </summary>
    public static string FindOpenLead(string field, string value) =>
        "query?q=" + Uri.EscapeDataString($"SELECT Id FROM Lead WHERE {field} = {Literal(value)} AND IsConverted = false ORDER BY CreatedDate LIMIT 1");

    /// <summary>
    /// A quoted SOQL string literal. The quote and the backslash must be escaped or the value could end the literal and
    /// add conditions of its own; line breaks and tabs have escapes too, and a raw one would break the query.
    /// </summary>
    public static string Literal(string value)
    {
        var literal = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var character in value)
            literal.Append(character switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ => character.ToString(),
            });
        return literal.Append('\'').ToString();
    }
}
