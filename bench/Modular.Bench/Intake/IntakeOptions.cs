namespace Modular.Bench.Intake;

/// <summary>What the intake benchmark measures and how hard; every default is what BENCHMARKS.md was recorded with.</summary>
internal sealed record IntakeOptions
{
    public string Artifacts { get; init; } = Path.Combine("artifacts", "modular");
    public IReadOnlyList<IntakeDatabase> Databases { get; init; } = [IntakeDatabase.Sqlite, IntakeDatabase.Postgres];
    public IReadOnlyList<int> Concurrency { get; init; } = [8, 32];
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(8);
    public int Rounds { get; init; } = 3;

    /// <summary>Sequential requests whose database commands the host logs, to show where an intake's time goes; 0 skips it.</summary>
    public int ProfileRequests { get; init; } = 200;

    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();

    public const string Usage = """
        Usage: Modular.Bench intake [--artifacts <published host folder>] [--database sqlite|postgres|both]
                                    [--concurrency <n>[,<n>...]] [--duration <seconds per round>] [--rounds <rounds>]
                                    [--profile <sequential requests, 0 to skip>] [--env KEY=VALUE]...
        """;

    public static IntakeOptions Parse(IReadOnlyList<string> args)
    {
        var options = new IntakeOptions();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.\n{Usage}");
            options = name switch
            {
                "--artifacts" => options with { Artifacts = value },
                "--database" => options with { Databases = ParseDatabases(value) },
                "--concurrency" => options with { Concurrency = value.Split(',').Select(v => Positive(name, v)).ToList() },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(name, value)) },
                "--rounds" => options with { Rounds = Positive(name, value) },
                "--profile" => options with { ProfileRequests = int.TryParse(value, out var n) && n >= 0 ? n : throw new ArgumentException($"--profile takes a whole number, not '{value}'.") },
                "--env" => options with { HostEnvironment = Assign(environment, value) },
                _ => throw new ArgumentException($"Unknown option {name}.\n{Usage}"),
            };
        }
        return options;
    }

    private static IReadOnlyList<IntakeDatabase> ParseDatabases(string value) => value.ToLowerInvariant() switch
    {
        "sqlite" => [IntakeDatabase.Sqlite],
        "postgres" => [IntakeDatabase.Postgres],
        "both" => [IntakeDatabase.Sqlite, IntakeDatabase.Postgres],
        _ => throw new ArgumentException($"--database takes sqlite, postgres or both, not '{value}'."),
    };

    private static int Positive(string name, string value) =>
        int.TryParse(value, out var number) && number > 0 ? number : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");

    private static Dictionary<string, string> Assign(Dictionary<string, string> environment, string assignment)
    {
        var separator = assignment.IndexOf('=');
        if (separator <= 0)
            throw new ArgumentException($"--env takes KEY=VALUE, not '{assignment}'.");
        environment[assignment[..separator]] = assignment[(separator + 1)..];
        return environment;
    }
}

internal enum IntakeDatabase
{
    Sqlite,
    Postgres,
}
