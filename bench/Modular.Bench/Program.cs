using Modular.Bench;
using Modular.Bench.CsvImport;
using Modular.Bench.Intake;
using Modular.Bench.Interpreter;
using Modular.Bench.SpeedToLead;
using Modular.Bench.Webhooks;

if (args is ["csv-import", ..])
    return await CsvImportCommand.RunAsync(args[1..]);
if (args is ["intake", ..])
    return await IntakeCommand.RunAsync(args[1..]);
if (args is ["interpreter", ..])
    return InterpreterCommand.Run(args[1..]);
if (args is ["speed-to-lead", ..])
    return await SpeedToLeadCommand.RunAsync(args[1..]);
if (args is ["webhooks", ..])
    return await WebhooksCommand.RunAsync(args[1..]);

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

Console.WriteLine($"Machine: {Machine.Describe()}");
Console.WriteLine($"Load average before: {Machine.Load()}");
using var workspace = Workspace.CopyOf(Path.GetFullPath(options.Artifacts));
Console.WriteLine($"Host copied from {options.Artifacts}: {workspace.ExtensionCount} modules and plugins");
if (options.HostEnvironment.Count > 0)
    Console.WriteLine($"Host environment: {string.Join(' ', options.HostEnvironment.Select(e => $"{e.Key}={e.Value}"))}");

var v2 = EchoV2Build.Prepare(workspace, options);

Console.WriteLine($"Startup: {options.StartupRuns} runs");
var startup = await Phase<StartupResult>.MeasureAsync(() => StartupBenchmark.RunAsync(workspace, options));

Console.WriteLine($"Swap: {options.Swaps} swaps of {SwapBenchmark.PluginId}");
var swap = await Phase<SwapResult>.MeasureAsync(() => SwapBenchmark.RunAsync(workspace, v2, options));

Console.WriteLine($"Throughput: {options.Workers} concurrent connections from {options.LoadClient}, {options.Rounds} rounds of {options.Duration.TotalSeconds:0} s per endpoint");
var throughput = await Phase<ThroughputResult>.MeasureAsync(() => ThroughputBenchmark.RunAsync(workspace, options));

Console.WriteLine($"Load average after: {Machine.Load()}");
Console.WriteLine();
Console.WriteLine(Report.Render(options, startup, swap, throughput));
return 0;
