using Modular.Testing.Postgres;

namespace Modular.Testing.Tests.Postgres;

public sealed class PostgresAvailabilityTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("modular-pg-layout-");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void The_newest_version_with_server_tools_is_chosen()
    {
        Install("9.6");
        Install("15");
        Install("16");
        Install("17", clientOnly: true);
        Directory.CreateDirectory(Path.Combine(_root.FullName, "common"));

        PostgresBinaries.FindBinDirectory(_root.FullName).ShouldBe(Path.Combine(_root.FullName, "16", "bin"));
    }

    [Fact]
    public void Nothing_is_found_without_server_tools()
    {
        Install("16", clientOnly: true);

        PostgresBinaries.FindBinDirectory(_root.FullName).ShouldBeNull();
        PostgresBinaries.FindBinDirectory(Path.Combine(_root.FullName, "missing")).ShouldBeNull();
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [InlineData(false, true)]
    public void Tests_run_when_installed_or_on_CI(bool available, bool ci) =>
        PostgresRequirement.SkipReasonFor(available, ci).ShouldBeNull();

    [Fact]
    public void Off_CI_a_missing_install_skips_with_the_install_command() =>
        PostgresRequirement.SkipReasonFor(available: false, ci: false)
            .ShouldNotBeNull().ShouldContain("apt-get install -y postgresql");

    private void Install(string version, bool clientOnly = false)
    {
        var bin = Directory.CreateDirectory(Path.Combine(_root.FullName, version, "bin")).FullName;
        File.WriteAllText(Path.Combine(bin, "pg_ctl"), "");
        File.WriteAllText(Path.Combine(bin, "psql"), "");
        if (!clientOnly)
        {
            File.WriteAllText(Path.Combine(bin, "initdb"), "");
        }
    }
}
