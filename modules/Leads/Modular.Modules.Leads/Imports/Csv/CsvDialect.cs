using System.Text;

namespace Modular.Modules.Leads.Imports.Csv;

/// <summary>
/// How a file is written: the separator, told from the header line (French Excel separates with <c>;</c> because
/// <c>,</c> is its decimal mark), and the encoding: UTF-8 (with or without a byte-order mark), or Windows-1252 for
/// a file that is not valid UTF-8, which is what Excel's plain "CSV" saves on a Western European system.
/// </summary>
internal static class CsvDialect
{
    public const string Utf8 = "utf-8";
    public const string Windows1252 = "windows-1252";

    public static char DelimiterOf(string headerLine)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in headerLine)
        {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == ',')
                commas++;
            else if (!quoted && c == ';')
                semicolons++;
        }
        return semicolons > commas ? ';' : ',';
    }

    /// <summary>A strict decoder: a byte sequence that is not UTF-8 throws rather than becoming U+FFFD, so the caller can try Windows-1252.</summary>
    public static Encoding Strict(string name) => name switch
    {
        Utf8 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
        Windows1252 => CodePagesEncodingProvider.Instance.GetEncoding(1252)!,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not an encoding imports read."),
    };

    /// <summary>The first line of the file, decoded as UTF-8 when it is, otherwise as Windows-1252.</summary>
    public static async Task<string?> ReadHeaderLineAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await FirstLineAsync(path, Utf8, cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            return await FirstLineAsync(path, Windows1252, cancellationToken);
        }
    }

    private static async Task<string?> FirstLineAsync(string path, string encoding, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(path, Strict(encoding), detectEncodingFromByteOrderMarks: true);
        return await reader.ReadLineAsync(cancellationToken);
    }
}
