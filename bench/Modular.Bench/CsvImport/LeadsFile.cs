using System.Text;

namespace Modular.Bench.CsvImport;

/// <summary>A CSV file of distinct, valid leads, written row by row the way a CRM export looks.</summary>
internal static class LeadsFile
{
    private static readonly string[] Cities = ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Strasbourg"];

    public static void Write(string path, int rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write("firstName,lastName,email,phone,city,postalCode,company,campaign\n");
        for (var i = 1; i <= rows; i++)
        {
            // 06 and 07 numbers, one per row, so no two rows are the same person.
            var phone = $"0{6 + i / 100_000_000 % 2} {i / 1_000_000 % 100:00} {i / 10_000 % 100:00} {i / 100 % 100:00} {i % 100:00}";
            writer.Write($"Prenom{i},Nom{i},lead{i}@bench.example,{phone},{Cities[i % Cities.Length]},{75000 + i % 1000},Company {i % 5000},spring-{i % 12}\n");
        }
    }
}
