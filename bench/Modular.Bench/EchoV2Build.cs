using System.Diagnostics;

namespace Modular.Bench;

/// <summary>
/// The echo plugin built once as 2.0.0 before any timing starts, so a swap measures the host picking up files,
/// not the compiler producing them.
/// </summary>
internal static class EchoV2Build
{
    public static string Prepare(Workspace workspace, BenchOptions options)
    {
        if (options.PrebuiltV2 is { } prebuilt)
            return Path.GetFullPath(prebuilt);

        var repository = options.Repository ?? FindRepository(Directory.GetCurrentDirectory())
            ?? throw new InvalidOperationException("Cannot find Modular.sln above the current folder; pass --repo or --v2.");
        var output = Path.Combine(workspace.Root, "echo-v2");
        var publish = new ProcessStartInfo("dotnet", ["publish", Path.Combine(repository, "plugins", "Samples.Echo"), "-c", "Release", $"-p:Version={SwapBenchmark.SwappedVersion}", "-o", output])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(publish) ?? throw new InvalidOperationException("dotnet did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        var log = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"Publishing the echo plugin as {SwapBenchmark.SwappedVersion} failed:\n{log}{errors.Result}");
        return output;
    }

    private static string? FindRepository(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Modular.sln")))
                return folder.FullName;
        }
        return null;
    }
}
