namespace Modular.Host.Cli;

/// <summary>The configuration a verb reads: the same sources, in the same order, as the web host's.</summary>
internal static class CommandLineConfiguration
{
    public static IConfiguration Build(IReadOnlyList<string> unmatchedArguments) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. unmatchedArguments])
            .Build();
}
