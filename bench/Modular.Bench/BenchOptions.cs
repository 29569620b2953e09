namespace Modular.Bench;

/// <summary>What to measure and how hard; every default is what BENCHMARKS.md was recorded with.</summary>
internal sealed record BenchOptions
{
    public string Artifacts { get; init; } = Path.Combine("artifacts", "modular");

    /// <summary>Where the echo plugin's sources are, to prebuild its 2.0.0 version once.</summary>
    public string? Repository { get; init; }

    /// <summary>A folder already holding the echo plugin published as 2.0.0; skips the prebuild.</summary>
    public string? PrebuiltV2 { get; init; }

    public int StartupRuns { get; init; } = 5;
    public int Swaps { get; init; } = 5;
    public int Workers { get; init; } = 32;
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);
    public int Rounds { get; init; } = 5;
    public LoadClient LoadClient { get; init; } = LoadClient.HttpClient;

    /// <summary>Extra environment for the host, e.g. a log level, so a figure can be taken under another configuration.</summary>
    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();

    public const string Usage = """
        Usage: Modular.Bench [--artifacts <published host folder>] [--repo <repository root>] [--v2 <echo plugin published as 2.0.0>]
                             [--runs <startups>] [--swaps <swaps>] [--workers <concurrent clients>] [--duration <seconds per round>]
                             [--rounds <rounds per endpoint>] [--client httpclient|wrk] [--env KEY=VALUE]...
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.\n{Usage}");
            options = name switch
            {
                "--artifacts" => options with { Artifacts = value },
                "--repo" => options with { Repository = value },
                "--v2" => options with { PrebuiltV2 = value },
                "--runs" => options with { StartupRuns = Positive(name, value) },
                "--swaps" => options with { Swaps = Positive(name, value) },
                "--workers" => options with { Workers = Positive(name, value) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(name, value)) },
                "--rounds" => options with { Rounds = Positive(name, value) },
                "--client" => options with { LoadClient = Enum.TryParse<LoadClient>(value, ignoreCase: true, out var client) ? client : throw new ArgumentException($"--client takes httpclient or wrk, not '{value}'.") },
                "--env" => AddEnvironment(options, environment, value),
                _ => throw new ArgumentException($"Unknown option {name}.\n{Usage}"),
            };
        }
        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, out var number) && number > 0 ? number : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");

    private static BenchOptions AddEnvironment(BenchOptions options, Dictionary<string, string> environment, string assignment)
    {
        var separator = assignment.IndexOf('=');
        if (separator <= 0)
            throw new ArgumentException($"--env takes KEY=VALUE, not '{assignment}'.");
        environment[assignment[..separator]] = assignment[(separator + 1)..];
        return options with { HostEnvironment = environment };
    }
}
