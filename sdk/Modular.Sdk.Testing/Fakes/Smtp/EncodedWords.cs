using System.Text;
using System.Text.RegularExpressions;

namespace Modular.Sdk.Testing.Fakes.Smtp;

/// <summary>Decodes RFC 2047 encoded words (<c>=?utf-8?B?...?=</c>, <c>=?utf-8?Q?...?=</c>), how non-ASCII text travels in headers.</summary>
internal static partial class EncodedWords
{
    public static string Decode(string value) =>
        EncodedWord().Replace(SpaceBetweenWords().Replace(value, "$1$2"), match =>
        {
            var charset = Charsets.Find(match.Groups["charset"].Value);
            var text = match.Groups["text"].Value;
            var bytes = match.Groups["encoding"].Value.ToUpperInvariant() == "B"
                ? Convert.FromBase64String(text)
                : QuotedPrintable.Decode(Encoding.ASCII.GetBytes(text.Replace('_', ' ')));
            return charset.GetString(bytes);
        });

    [GeneratedRegex(@"=\?(?<charset>[^?*]+)(\*[^?]*)?\?(?<encoding>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    // Whitespace between two adjacent encoded words is not part of the text (RFC 2047 section 6.2).
    [GeneratedRegex(@"(\?=)\s+(=\?)")]
    private static partial Regex SpaceBetweenWords();
}
