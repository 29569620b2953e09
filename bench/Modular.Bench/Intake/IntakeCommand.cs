namespace Modular.Bench.Intake;

/// <summary><c>Modular.Bench intake</c>: the lead intake throughput benchmark, on each database asked for.</summary>
internal static class IntakeCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        IntakeOptions options;
        try
        {
            options = IntakeOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        Console.WriteLine($"Machine: {Machine.Describe()}");
        Console.WriteLine($"Load average before: {Machine.Load()}");
        var phases = new List<Phase<DatabaseResult>>();
        foreach (var database in options.Databases)
        {
            // A fresh copy per database: the SQLite file must start empty, and the PostgreSQL run must not find it.
            using var workspace = Workspace.CopyOf(Path.GetFullPath(options.Artifacts));
            Console.WriteLine($"{database}: host copied from {options.Artifacts}, concurrency {string.Join(", ", options.Concurrency)}");
            phases.Add(await Phase<DatabaseResult>.MeasureAsync(() => IntakeBenchmark.RunAsync(workspace, database, options)));
        }
        Console.WriteLine($"Load average after: {Machine.Load()}");
        Console.WriteLine();
        Console.WriteLine(IntakeReport.Render(options, phases));
        return 0;
    }
}
