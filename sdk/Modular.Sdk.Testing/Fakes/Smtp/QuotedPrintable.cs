namespace Modular.Sdk.Testing.Fakes.Smtp;

/// <summary>Undoes quoted-printable encoding (RFC 2045 section 6.7): <c>=XX</c> escapes and <c>=</c> soft line breaks.</summary>
internal static class QuotedPrintable
{
    public static byte[] Decode(ReadOnlySpan<byte> encoded)
    {
        var decoded = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] != '=')
            {
                decoded.Add(encoded[i]);
                continue;
            }

            var rest = encoded[(i + 1)..];
            if (rest.StartsWith("\r\n"u8))
                i += 2;
            else if (rest.StartsWith("\n"u8))
                i += 1;
            else if (rest.Length >= 2 && byte.TryParse(rest[..2], System.Globalization.NumberStyles.HexNumber, null, out var value))
            {
                decoded.Add(value);
                i += 2;
            }
            else
                decoded.Add(encoded[i]);
        }
        return [.. decoded];
    }
}
