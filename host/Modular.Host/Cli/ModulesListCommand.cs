using System.CommandLine;
using Modular.Host.Runtime;
using Modular.Sdk.Manifest;

namespace Modular.Host.Cli;

/// <summary>
/// <c>modules list</c>: what the host would load from its folders and what it would refuse, read from the
/// manifests and assembly metadata only, without starting the host or running any module code.
/// </summary>
internal static class ModulesListCommand
{
    public static Command Create()
    {
        var list = new Command("list", "List the modules and plugins in the configured folders and whether this host can run them.");
        list.SetAction(result => Run(CommandLineConfiguration.Build(result.UnmatchedTokens)));
        return list;
    }

    private static int Run(IConfiguration configuration)
    {
        var options = configuration.GetSection("Modular").Get<ExtensionOptions>() ?? new ExtensionOptions();
        using var logging = LoggerFactory.Create(logger => logger.AddConfiguration(configuration.GetSection("Logging")).AddConsole());
        var rows = ExtensionDiscovery.Find(options, logging.CreateLogger("modules")).Select(found => Describe(found.Folder, found.Kind, configuration)).ToList();

        Console.WriteLine($"{"ID",-24} {"KIND",-7} {"VERSION",-10} {"SDK",-7} {"CHECK",-14} REASON");
        foreach (var row in rows)
            Console.WriteLine($"{row.Id,-24} {row.Kind,-7} {row.Version,-10} {row.Sdk,-7} {row.Check,-14} {row.Reason}");
        return rows.Any(row => row.Check is nameof(ExtensionStatus.Malfunctioned) or nameof(ExtensionStatus.NotSupported)) ? 1 : 0;
    }

    private static (string Id, string Kind, string Version, string Sdk, string Check, string Reason) Describe(string folder, ExtensionKind kind, IConfiguration configuration)
    {
        var kindName = kind == ExtensionKind.Plugin ? "plugin" : "module";
        ExtensionManifest manifest;
        try
        {
            manifest = ManifestReader.Read(ManifestReader.FindManifest(folder)!);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadImageFormatException)
        {
            return (Path.GetFileName(folder), kindName, "?", "?", nameof(ExtensionStatus.Malfunctioned), e.Message);
        }

        var check = !configuration.GetValue($"Extensions:{manifest.Id}:Enabled", true) ? (nameof(ExtensionStatus.Disabled), "disabled by configuration")
            : !Version.TryParse(manifest.SdkVersion, out var sdk) || !SdkVersion.IsCompatible(sdk) ? (nameof(ExtensionStatus.NotSupported), $"this host runs SDK {SdkVersion.Current.ToString(3)}")
            : ("ok", "");
        return (manifest.Id, kindName, manifest.Version ?? "?", manifest.SdkVersion ?? "?", check.Item1, check.Item2);
    }
}
