namespace Modular.Bench.CsvImport;

/// <summary>What the CSV import benchmark measures; every default is what BENCHMARKS.md was recorded with.</summary>
internal sealed record CsvImportOptions
{
    public string Artifacts { get; init; } = Path.Combine("artifacts", "modular");
    public int Rows { get; init; } = 100_000;
    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();

    public const string Usage = """
        Usage: Modular.Bench csv-import [--artifacts <published host folder>] [--rows <rows in the file>] [--env KEY=VALUE]...
        """;

    public static CsvImportOptions Parse(IReadOnlyList<string> args)
    {
        var options = new CsvImportOptions();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.\n{Usage}");
            options = name switch
            {
                "--artifacts" => options with { Artifacts = value },
                "--rows" => options with { Rows = int.TryParse(value, out var rows) && rows > 0 ? rows : throw new ArgumentException($"--rows must be a positive whole number, not '{value}'.") },
                "--env" => options with { HostEnvironment = Assign(environment, value) },
                _ => throw new ArgumentException($"Unknown option {name}.\n{Usage}"),
            };
        }
        return options;
    }

    private static Dictionary<string, string> Assign(Dictionary<string, string> environment, string assignment)
    {
        var separator = assignment.IndexOf('=');
        if (separator <= 0)
            throw new ArgumentException($"--env takes KEY=VALUE, not '{assignment}'.");
        environment[assignment[..separator]] = assignment[(separator + 1)..];
        return environment;
    }
}
