using System.Text;

namespace Modular.Modules.Leads.Tests.Imports;

/// <summary>
/// A CSV file of distinct people with, at known rows, the faults real files have: a person submitted twice (in the
/// same batch and across batches), rows
/// that name no one reachable, a stray quote, more values than columns. Rows are numbered as a spreadsheet numbers
/// them (the header is row 1); <see cref="Failed"/> says which rows must fail and a word their error must contain.
/// </summary>
internal sealed record GeneratedFile(string Text, IReadOnlyList<string> Lines, int Imported, int Merged, IReadOnlyDictionary<int, string> Failed)
{
    public const string Header = "firstName,Last Name,E-mail,Téléphone,City,budget";

    public static GeneratedFile Build(int rows)
    {
        var lines = new List<string> { Header };
        var failed = new Dictionary<int, string>();
        var merged = 0;
        for (var i = 1; i <= rows; i++)
        {
            var row = i + 1;
            if (i % 50 == 0)
            {
                // The previous person again: email in capitals, and a phone the first row lacked.
                lines.Add($"First{i - 1},Last{i - 1},PERSON{i - 1}@EXAMPLE.TEST,06 12 34 {i / 100:00} {i % 100:00},Marseille,");
                merged++;
            }
            else if (i == 201)
            {
                // A person from an earlier batch (with batches of 50), found in the database rather than in the batch.
                lines.Add($"First148,Last148,person148@example.test,07 00 00 02 01,Nice,");
                merged++;
            }
            else if (i % 70 == 7)
            {
                lines.Add($"Nobody{i},,,,Paris,");
                failed[row] = "email address or a phone number";
            }
            else if (i == 123)
            {
                lines.Add($"Bad\"Quote,Last{i},person{i}@example.test,,Lyon,{i * 10}");
                failed[row] = "quote";
            }
            else if (i == 222)
            {
                lines.Add($"First{i},Last{i},person{i}@example.test,,Lyon,{i * 10},surplus,values");
                failed[row] = "header names 6 columns";
            }
            else
            {
                lines.Add($"First{i},Last{i},person{i}@example.test,,Lyon,{i * 10}");
            }
        }
        var text = new StringBuilder().AppendJoin('\n', lines).Append('\n').ToString();
        return new GeneratedFile(text, lines, rows - merged - failed.Count, merged, failed);
    }
}
