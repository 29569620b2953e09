using Modular.Bench.Intake;

namespace Modular.Bench.SpeedToLead;

/// <summary>What the speed-to-lead benchmark measures and how hard; every default is the protocol.</summary>
internal sealed record SpeedToLeadOptions
{
    public string Artifacts { get; init; } = Path.Combine("artifacts", "modular");
    public IReadOnlyList<IntakeDatabase> Databases { get; init; } = [IntakeDatabase.Sqlite, IntakeDatabase.Postgres];

    /// <summary>Leads posted per second, on a fixed schedule whatever the answers take.</summary>
    public int Rate { get; init; } = 50;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>How long after the last lead the bench still waits for first messages before it counts the missing.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A folder to copy each run's host log into, to see where the time went; the log is deleted otherwise.</summary>
    public string? KeepLog { get; init; }

    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();

    public const string Usage = """
        Usage: Modular.Bench speed-to-lead [--artifacts <published host folder>] [--database sqlite|postgres|both]
                                           [--rate <leads per second>] [--duration <seconds>] [--drain <seconds>]
                                           [--keep-log <folder>] [--env KEY=VALUE]...
        """;

    public static SpeedToLeadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SpeedToLeadOptions();
        // --database and --env mean what they mean to `intake`, so the intake's parser reads them.
        var shared = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.\n{Usage}");
            options = name switch
            {
                "--artifacts" => options with { Artifacts = value },
                "--database" or "--env" => Keep(options, shared, name, value),
                "--rate" => options with { Rate = Positive(name, value) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(name, value)) },
                "--drain" => options with { Drain = TimeSpan.FromSeconds(Positive(name, value)) },
                "--keep-log" => options with { KeepLog = value },
                _ => throw new ArgumentException($"Unknown option {name}.\n{Usage}"),
            };
        }
        var intake = IntakeOptions.Parse(shared);
        return options with
        {
            Databases = shared.Contains("--database") ? intake.Databases : options.Databases,
            HostEnvironment = intake.HostEnvironment,
        };
    }

    private static SpeedToLeadOptions Keep(SpeedToLeadOptions options, List<string> shared, string name, string value)
    {
        shared.Add(name);
        shared.Add(value);
        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, out var number) && number > 0 ? number : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");
}
