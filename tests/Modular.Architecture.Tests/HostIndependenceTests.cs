using System.Xml.Linq;

namespace Modular.Architecture.Tests;

public sealed class HostIndependenceTests
{
    [Fact]
    public void The_host_assembly_references_no_module_or_plugin()
    {
        var facts = AssemblyFacts.Read(Path.Combine(Layout.BuildOutput, "Modular.Host.dll"));

        facts.References.ShouldContain("Modular.Sdk");
        facts.References.Where(reference => reference.StartsWith("Modular.Modules.", StringComparison.Ordinal) || reference.StartsWith("Modular.Plugins.", StringComparison.Ordinal))
            .ShouldBeEmpty();
    }

    [Fact]
    public void The_host_project_has_no_project_reference_to_module_or_plugin_code()
    {
        var project = XDocument.Load(Path.Combine(Layout.RepositoryRoot, "host", "Modular.Host", "Modular.Host.csproj"));

        var references = project.Descendants("ProjectReference").Select(element => element.Attribute("Include")!.Value.Replace('\\', '/')).ToList();

        references.ShouldNotBeEmpty();
        references.ShouldAllBe(reference => reference.Contains("/sdk/"));
    }

    [Fact]
    public void Module_folders_carry_no_copy_of_what_the_host_shares()
    {
        var shared = new[] { "Modular.Sdk.dll", "Autofac.dll", "MediatR.dll", "FluentValidation.dll" };

        foreach (var kind in new[] { "modules", "plugins" })
            Directory.EnumerateFiles(Path.Combine(Layout.BuildOutput, kind), "*.dll", SearchOption.AllDirectories)
                .Where(path => shared.Contains(Path.GetFileName(path)))
                .ShouldBeEmpty();
    }
}
