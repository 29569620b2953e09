using System.Text.RegularExpressions;

namespace Modular.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    // What a module may reference: the SDK, Contracts, and the packages the host shares with every module.
    private static readonly Regex SharedFramework = new(
        @"^(Modular\.Sdk|.+\.Contracts|MediatR|Autofac(\..+)?|FluentValidation(\..+)?|Microsoft\.EntityFrameworkCore(\..+)?|Npgsql(\..+)?|Microsoft\.Extensions\..+|Microsoft\.AspNetCore(\..+)?|Microsoft\.Net\.Http\.Headers|System(\..+)?|netstandard)$");

    public static TheoryData<string> Modules() => [.. Layout.EntryAssemblies("modules").Select(path => Path.GetFileName(path))];

    public static TheoryData<string> Plugins() => [.. Layout.EntryAssemblies("plugins").Select(path => Path.GetFileName(path))];

    [Fact]
    public void Every_module_of_the_design_is_built_into_its_own_folder()
    {
        Layout.EntryAssemblies("modules").Select(Path.GetFileNameWithoutExtension).ShouldBe(
        [
            "Modular.Modules.Analytics", "Modular.Modules.Billing", "Modular.Modules.Crm", "Modular.Modules.Leads",
            "Modular.Modules.Messaging", "Modular.Modules.Privacy", "Modular.Modules.Qualification", "Modular.Modules.Webhooks",
        ]);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_references_only_the_sdk_contracts_and_the_shared_framework(string assembly)
    {
        var path = Find("modules", assembly);
        var facts = AssemblyFacts.Read(path);

        // A package of its own (CsvHelper for Leads) is fine: it ships in the module's folder and loads in its context.
        facts.References.Where(reference => !SharedFramework.IsMatch(reference) && !ShipsBeside(path, reference)).ShouldBeEmpty();
        facts.References.Where(reference => reference.StartsWith("Modular.Modules.", StringComparison.Ordinal) && !reference.EndsWith(".Contracts", StringComparison.Ordinal))
            .ShouldBeEmpty("a module may use another module only through its Contracts");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_exposes_only_its_entry(string assembly)
    {
        var facts = AssemblyFacts.Read(Find("modules", assembly));

        var entry = facts.PublicTypes.ShouldHaveSingleItem();
        entry.Interfaces.ShouldContain("IModule");
    }

    [Theory]
    [MemberData(nameof(Plugins))]
    public void A_plugin_references_no_modular_code_but_the_sdk_and_contracts(string assembly)
    {
        var facts = AssemblyFacts.Read(Find("plugins", assembly));

        facts.References.Where(reference => reference.StartsWith("Modular.", StringComparison.Ordinal)
                && reference != "Modular.Sdk" && !reference.EndsWith(".Contracts", StringComparison.Ordinal))
            .ShouldBeEmpty();
        facts.PublicTypes.Count(type => type.Interfaces.Contains("IModule")).ShouldBe(1);
    }

    [Fact]
    public void Contracts_reference_only_the_sdk_and_the_shared_framework()
    {
        foreach (var contracts in Layout.ContractsAssemblies())
            AssemblyFacts.Read(contracts).References.Where(reference => !SharedFramework.IsMatch(reference) || reference.EndsWith(".Contracts", StringComparison.Ordinal))
                .ShouldBeEmpty(Path.GetFileName(contracts));
    }

    private static bool ShipsBeside(string entryAssembly, string reference) =>
        !reference.StartsWith("Modular.", StringComparison.Ordinal) && File.Exists(Path.Combine(Path.GetDirectoryName(entryAssembly)!, reference + ".dll"));

    private static string Find(string kind, string assembly) =>
        Layout.EntryAssemblies(kind).Single(path => Path.GetFileName(path) == assembly);
}
