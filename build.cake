///////////////////////////////////////////////////////////////////////////////
// ARGUMENTS
///////////////////////////////////////////////////////////////////////////////

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");

///////////////////////////////////////////////////////////////////////////////
// PATHS
///////////////////////////////////////////////////////////////////////////////

var solution = File("./Modular.sln");
var artifacts = Directory("./artifacts");
var distribution = artifacts + Directory("modular");
var packages = artifacts + Directory("packages");

// Contracts projects are not modules: each ships inside the folder of the module that references it.
var modules = GetFiles("./modules/*/Modular.Modules.*/Modular.Modules.*.csproj")
    .Where(project => !project.GetFilename().ToString().EndsWith(".Contracts.csproj"));
var plugins = GetFiles("./plugins/*/Modular.Plugins.*.csproj");

// The folder names the host's own build uses too (build/Extensions.targets): Modular.Modules.Leads -> modules/leads.
string ExtensionId(FilePath project, string prefix) =>
    project.GetFilenameWithoutExtension().ToString().Substring(prefix.Length).ToLowerInvariant();

void PublishTo(FilePath project, DirectoryPath output) =>
    DotNetPublish(project.FullPath, new DotNetPublishSettings
    {
        Configuration = configuration,
        OutputDirectory = output,
    });

///////////////////////////////////////////////////////////////////////////////
// TASKS
///////////////////////////////////////////////////////////////////////////////

Task("Clean")
    .Does(() =>
{
    CleanDirectory(artifacts);
    DotNetClean(solution, new DotNetCleanSettings { Configuration = configuration });
});

Task("Build")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings { Configuration = configuration });
});

Task("Publish")
    .Does(() =>
{
    // A folder left over from an earlier publish would be loaded as if it were still part of the build.
    CleanDirectory(distribution);
    // The host's build also builds every module and plugin, which are not its references: publishing it restores
    // only the host, so on a fresh clone the extensions would have no assets file yet.
    DotNetRestore(solution);
    PublishTo(File("./host/Modular.Host/Modular.Host.csproj"), distribution);

    foreach (var module in modules)
        PublishTo(module, distribution + Directory("modules") + Directory(ExtensionId(module, "Modular.Modules.")));

    foreach (var plugin in plugins)
        PublishTo(plugin, distribution + Directory("plugins") + Directory(ExtensionId(plugin, "Modular.Plugins.")));
});

Task("Pack")
    .Does(() =>
{
    DotNetPack("./sdk/Modular.Sdk/Modular.Sdk.csproj", new DotNetPackSettings
    {
        Configuration = configuration,
        OutputDirectory = packages,
    });
});

Task("Default")
    .IsDependentOn("Build");

RunTarget(target);
