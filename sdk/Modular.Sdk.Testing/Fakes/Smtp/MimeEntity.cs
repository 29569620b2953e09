using System.Text;
using System.Text.RegularExpressions;

namespace Modular.Sdk.Testing.Fakes.Smtp;

/// <summary>A message or MIME part split into its headers and its body (RFC 5322 and RFC 2045/2046), enough to read a text body back.</summary>
internal sealed partial class MimeEntity
{
    private readonly byte[] body;

    private MimeEntity(IReadOnlyList<KeyValuePair<string, string>> headers, byte[] body)
    {
        Headers = headers;
        this.body = body;
    }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }

    public static MimeEntity Parse(byte[] data)
    {
        var text = Encoding.Latin1.GetString(data);
        var separator = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headerText = separator < 0 ? text : text[..separator];
        var bodyStart = separator < 0 ? data.Length : separator + 4;
        // Latin-1 maps bytes to chars one to one, so header lines can be split as text and decoded as UTF-8 afterwards.
        var unfolded = FoldedLineBreak().Replace(headerText, "");
        var headers = unfolded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => KeyValuePair.Create(parts[0].Trim(), Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(parts[1].Trim()))))
            .ToArray();
        return new MimeEntity(headers, data[bodyStart..]);
    }

    public string? Header(string name) =>
        Headers.FirstOrDefault(header => header.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public string Text()
    {
        var contentType = Header("Content-Type") ?? "text/plain";
        if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && Parameter(contentType, "boundary") is { } boundary)
            return Parts(boundary).Select(part => part.Text()).FirstOrDefault(text => text.Length > 0) ?? "";
        if (!contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
            return "";

        var decoded = (Header("Content-Transfer-Encoding") ?? "7bit").Trim().ToLowerInvariant() switch
        {
            "quoted-printable" => QuotedPrintable.Decode(body),
            "base64" => Convert.FromBase64String(Encoding.ASCII.GetString(body).Replace("\r\n", "")),
            _ => body,
        };
        return Charsets.Find(Parameter(contentType, "charset")).GetString(decoded);
    }

    private IEnumerable<MimeEntity> Parts(string boundary)
    {
        var text = Encoding.Latin1.GetString(body);
        var delimiter = "--" + boundary;
        var pieces = text.Split(delimiter);
        // pieces[0] is the preamble; the piece after the closing delimiter ("--boundary--") is the epilogue.
        foreach (var piece in pieces.Skip(1).TakeWhile(piece => !piece.StartsWith("--", StringComparison.Ordinal)))
        {
            var content = piece.StartsWith("\r\n", StringComparison.Ordinal) ? piece[2..] : piece;
            if (content.EndsWith("\r\n", StringComparison.Ordinal))
                content = content[..^2];
            yield return Parse(Encoding.Latin1.GetBytes(content));
        }
    }

    private static string? Parameter(string headerValue, string name)
    {
        var match = Regex.Match(headerValue, $@"(?:^|;)\s*{Regex.Escape(name)}\s*=\s*(?:""(?<value>[^""]*)""|(?<value>[^;\s]+))", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["value"].Value : null;
    }

    [GeneratedRegex(@"\r\n(?=[ \t])")]
    private static partial Regex FoldedLineBreak();
}
