namespace Modular.Bench.SpeedToLead;

/// <summary><c>Modular.Bench speed-to-lead</c>: from the intake's 2xx to the first message accepted by the provider, on each database asked for.</summary>
internal static class SpeedToLeadCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        SpeedToLeadOptions options;
        try
        {
            options = SpeedToLeadOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        Console.WriteLine($"Machine: {Machine.Describe()}");
        Console.WriteLine($"Load average before: {Machine.Load()}");
        var phases = new List<Phase<SpeedToLeadResult>>();
        foreach (var database in options.Databases)
        {
            // A fresh copy per database: the SQLite file must start empty, and the PostgreSQL run must not find it.
            using var workspace = Workspace.CopyOf(Path.GetFullPath(options.Artifacts));
            Console.WriteLine($"{database}: host copied from {options.Artifacts}");
            phases.Add(await Phase<SpeedToLeadResult>.MeasureAsync(() => SpeedToLeadBenchmark.RunAsync(workspace, database, options)));
        }
        Console.WriteLine($"Load average after: {Machine.Load()}");
        Console.WriteLine();
        Console.WriteLine(SpeedToLeadReport.Render(options, phases));
        return 0;
    }
}
