using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;

namespace Modular.Modules.Leads.Imports.Csv;

/// <summary>
/// Reads a stored import file record by record (RFC 4180: quoted values may hold separators, quotes and line
/// breaks), never the whole of it at once. Rows are numbered by the line they start on, the header being line 1,
/// which is the row a spreadsheet shows for any file without line breaks inside values.
/// </summary>
internal static class CsvFile
{
    /// <summary>Every data record (the header is read and passed over), in order; one with broken quoting comes with its problem instead of values.</summary>
    public static async IAsyncEnumerable<CsvRow> ReadAsync(string path, char delimiter, Encoding encoding, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Records with broken quoting are skipped by the reader and reported here first, in order, before the record that follows them.
        var malformed = new Queue<CsvRow>();
        var options = Options(delimiter) with
        {
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => malformed.Enqueue(new CsvRow((int)record.LineNumber, [], record.RawRecord, Describe(record.Reason))),
        };
        await using var reader = CsvReader.Create(new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { Options = FileOptions.SequentialScan }), options);
        while (await reader.ReadAsync(cancellationToken))
        {
            while (malformed.TryDequeue(out var skipped))
                yield return skipped;
            var values = new string[reader.FieldCount];
            for (var i = 0; i < values.Length; i++)
                values[i] = reader.GetString(i);
            yield return new CsvRow((int)reader.LineNumber, values, Encoding.UTF8.GetString(reader.RawRecord), null);
        }
        while (malformed.TryDequeue(out var skipped))
            yield return skipped;
    }

    /// <summary>The header's column names.</summary>
    public static async Task<string[]> HeaderAsync(string path, char delimiter, Encoding encoding, CancellationToken cancellationToken)
    {
        await using var reader = CsvReader.Create(new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true), Options(delimiter));
        await reader.ReadHeaderAsync(cancellationToken);
        return [.. reader.Headers];
    }

    /// <summary>The header's column names, from its line alone.</summary>
    public static string[] SplitHeader(string headerLine, char delimiter)
    {
        using var reader = CsvReader.FromText(headerLine, Options(delimiter));
        reader.ReadHeader();
        return [.. reader.Headers];
    }

    /// <summary>Data rows (the header excluded) and the encoding the whole file decodes in.</summary>
    public static async Task<(int Rows, string Encoding)> CountAsync(string path, char delimiter, CancellationToken cancellationToken)
    {
        try
        {
            return (await CountInAsync(path, delimiter, CsvDialect.Utf8, cancellationToken), CsvDialect.Utf8);
        }
        catch (DecoderFallbackException)
        {
            return (await CountInAsync(path, delimiter, CsvDialect.Windows1252, cancellationToken), CsvDialect.Windows1252);
        }
    }

    private static async Task<int> CountInAsync(string path, char delimiter, string encoding, CancellationToken cancellationToken)
    {
        var rows = 0;
        await foreach (var _ in ReadAsync(path, delimiter, CsvDialect.Strict(encoding), cancellationToken))
            rows++;
        return rows;
    }

    private static CsvReaderOptions Options(char delimiter) => CsvReaderOptions.Default with
    {
        Separator = delimiter,
        TrackLineNumbers = true,
        // The error report holds the lines as sent; exception texts need not repeat personal data.
        IncludeValuesInExceptions = false,
    };

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "Malformed CSV: a quote inside an unquoted value; quote the whole value and double the quotes inside it.",
        CsvMalformedReason.TextAfterClosingQuote => "Malformed CSV: text after the closing quote of a value.",
        CsvMalformedReason.UnterminatedQuote => "Malformed CSV: a quoted value is never closed, so the rest of the file is part of it.",
        _ => $"Malformed CSV: {reason}.",
    };
}
