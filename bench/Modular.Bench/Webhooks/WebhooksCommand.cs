namespace Modular.Bench.Webhooks;

/// <summary><c>Modular.Bench webhooks</c>: partner webhook delivery to local receivers, some failing, some slow.</summary>
internal static class WebhooksCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        WebhooksOptions options;
        try
        {
            options = WebhooksOptions.Parse(args);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        Console.WriteLine($"Machine: {Machine.Describe()}");
        Console.WriteLine($"Load average before: {Machine.Load()}");
        using var workspace = Workspace.CopyOf(Path.GetFullPath(options.Artifacts));
        Console.WriteLine($"Host copied from {options.Artifacts}");
        var phase = await Phase<WebhooksResult>.MeasureAsync(() => WebhooksBenchmark.RunAsync(workspace, options));
        Console.WriteLine($"Load average after: {Machine.Load()}");
        Console.WriteLine();
        Console.WriteLine(WebhooksReport.Render(options, phase));
        return 0;
    }
}
