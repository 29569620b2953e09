using Modular.Bench.Intake;

namespace Modular.Bench.Webhooks;

/// <summary>What the webhook delivery benchmark measures and how hard; every default is what BENCHMARKS.md was recorded with.</summary>
internal sealed record WebhooksOptions
{
    public string Artifacts { get; init; } = Path.Combine("artifacts", "modular");

    /// <summary>Leads posted; each one's <c>lead.received</c> goes to every receiver.</summary>
    public int Leads { get; init; } = 150;

    /// <summary>Leads posted at once, each client posting its next lead as soon as the last is answered.</summary>
    public int Concurrency { get; init; } = 4;

    public int Receivers { get; init; } = 10;

    /// <summary>One receiver in this many answers every request after 0.5–1 s.</summary>
    public int OneSlowIn { get; init; } = 10;

    /// <summary>The share of messages each receiver fails (500) the first time it sees them.</summary>
    public double FirstAttemptFailures { get; init; } = 0.20;

    /// <summary>
    /// The host's retry schedule in seconds, first attempt included: Standard Webhooks' 5 s, 5 min… compressed so that
    /// the retried messages are delivered within the run.
    /// </summary>
    public string RetrySchedule { get; init; } = "0,1,2,5";

    /// <summary>How long after the last lead's answer the bench waits for the last delivery before it counts the missing.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(180);

    public IReadOnlyDictionary<string, string> HostEnvironment { get; init; } = new Dictionary<string, string>();

    public const string Usage = """
        Usage: Modular.Bench webhooks [--artifacts <published host folder>] [--leads <n>] [--concurrency <n>]
                                      [--receivers <n>] [--one-slow-in <n>] [--failures <share of first attempts, 0–1>]
                                      [--retry-schedule <seconds,...>] [--drain <seconds>] [--env KEY=VALUE]...
        """;

    public static WebhooksOptions Parse(IReadOnlyList<string> args)
    {
        var options = new WebhooksOptions();
        // --env means what it means to `intake`, so the intake's parser reads it.
        var environment = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.\n{Usage}");
            options = name switch
            {
                "--artifacts" => options with { Artifacts = value },
                "--leads" => options with { Leads = Positive(name, value) },
                "--concurrency" => options with { Concurrency = Positive(name, value) },
                "--receivers" => options with { Receivers = Positive(name, value) },
                "--one-slow-in" => options with { OneSlowIn = Positive(name, value) },
                "--failures" => options with { FirstAttemptFailures = Share(name, value) },
                "--retry-schedule" => options with { RetrySchedule = value },
                "--drain" => options with { Drain = TimeSpan.FromSeconds(Positive(name, value)) },
                "--env" => Keep(options, environment, value),
                _ => throw new ArgumentException($"Unknown option {name}.\n{Usage}"),
            };
        }
        return options with { HostEnvironment = IntakeOptions.Parse(environment).HostEnvironment };
    }

    private static WebhooksOptions Keep(WebhooksOptions options, List<string> environment, string assignment)
    {
        environment.Add("--env");
        environment.Add(assignment);
        return options;
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, out var number) && number > 0 ? number : throw new ArgumentException($"{name} must be a positive whole number, not '{value}'.");

    private static double Share(string name, string value) =>
        double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var share) && share is >= 0 and <= 1
            ? share
            : throw new ArgumentException($"{name} must be between 0 and 1, not '{value}'.");
}
