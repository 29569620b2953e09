namespace Modular.Sdk.Testing.Fakes.Smtp;

/// <summary>Reads CRLF-terminated lines as bytes: message data may be 8-bit, so nothing is decoded here.</summary>
internal sealed class SmtpLineReader(Stream stream)
{
    private readonly byte[] buffer = new byte[8192];
    private int start;
    private int end;

    /// <summary>The next line without its line ending (a bare LF is accepted too), or null when the client closed the connection.</summary>
    public async Task<byte[]?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new List<byte>();
        while (true)
        {
            if (start == end)
            {
                start = 0;
                end = await stream.ReadAsync(buffer, cancellationToken);
                if (end == 0)
                    return line.Count == 0 ? null : [.. line];
            }

            var newline = Array.IndexOf(buffer, (byte)'\n', start, end - start);
            if (newline < 0)
            {
                line.AddRange(buffer.AsSpan(start, end - start));
                start = end;
                continue;
            }

            line.AddRange(buffer.AsSpan(start, newline - start));
            start = newline + 1;
            if (line.Count > 0 && line[^1] == '\r')
                line.RemoveAt(line.Count - 1);
            return [.. line];
        }
    }
}
