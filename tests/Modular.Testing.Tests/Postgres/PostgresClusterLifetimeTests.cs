using Modular.Testing.Postgres;
using Npgsql;

namespace Modular.Testing.Tests.Postgres;

/// <summary>Starts its own cluster, apart from the shared one, because what it checks is the teardown.</summary>
public sealed class PostgresClusterLifetimeTests
{
    [PostgresFact]
    public async Task Disposing_stops_the_server_and_deletes_its_folder()
    {
        var cluster = new PostgresCluster();
        await cluster.InitializeAsync();
        var dataDirectory = cluster.DataDirectory;
        var connectionString = await cluster.CreateDatabaseAsync();
        var postmasterPid = int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First());
        IsAlive(postmasterPid).ShouldBeTrue();

        await cluster.DisposeAsync();

        cluster.IsRunning.ShouldBeFalse();
        Directory.Exists(dataDirectory).ShouldBeFalse();
        IsAlive(postmasterPid).ShouldBeFalse();
        await using var connection = new NpgsqlConnection(connectionString);
        await Should.ThrowAsync<NpgsqlException>(() => connection.OpenAsync());
    }

    [Fact]
    public void A_cluster_that_was_never_started_says_so()
    {
        var cluster = new PostgresCluster();

        cluster.IsRunning.ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => cluster.ConnectionStringFor("postgres"));
    }

    // The server is not our child (pg_ctl daemonises it), so a reaped-late zombie can linger in the process
    // table; only a live process counts.
    private static bool IsAlive(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return false;
        }

        try
        {
            return !File.ReadLines(status).Any(line => line.StartsWith("State:") && line.Contains("zombie"));
        }
        catch (IOException)
        {
            return false;
        }
    }
}
