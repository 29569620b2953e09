using System.Text.RegularExpressions;

namespace Modular.Plugins.Messaging.WhatsApp.Sending;

/// <summary>Meta refuses a template variable holding new lines, tabs or more than four consecutive spaces (error 132018).</summary>
internal static partial class TemplateVariable
{
    public static string Flatten(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"[\r\n\t]+|\s{5,}")]
    private static partial Regex Whitespace();
}
