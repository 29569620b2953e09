using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Modular.Bench.Intake;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's server tools, on a free loopback port, deleted when disposed. It keeps
/// the server's default durability (fsync and synchronous commit on), as a production server would: a figure taken
/// with fsync off would say how fast the machine forgets, not how fast it stores.
/// </summary>
internal sealed class PostgresServer : IDisposable
{
    private const string Superuser = "postgres";
    private const string Root = "/usr/lib/postgresql";

    private readonly string bin;
    private readonly string folder;
    private readonly int port;

    private PostgresServer(string bin, string folder, int port)
    {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
    }

    private string Data => Path.Combine(folder, "data");

    public static async Task<PostgresServer> StartAsync()
    {
        var bin = Directory.Exists(Root)
            ? Directory.EnumerateDirectories(Root).Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var major) ? major : 0).FirstOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException($"No PostgreSQL server tools under {Root}; install them with apt-get install -y postgresql.");

        var folder = Directory.CreateTempSubdirectory("modular-bench-pg-").FullName;
        var server = new PostgresServer(bin, folder, FreePort());
        if (Environment.UserName == "root")
            await RunAsync("chown", ["-R", $"{Superuser}:{Superuser}", folder]);
        await server.ToolAsync("initdb", ["-D", server.Data, "-U", Superuser, "--auth=trust", "--encoding=UTF8"]);
        await server.ToolAsync("pg_ctl", ["-D", server.Data, "-l", server.LogPath, "-w", "start",
            "-o", $"-p {server.port} -k '{server.Data}' -c listen_addresses=127.0.0.1 -c max_connections=200"]);
        return server;
    }

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public string LogPath => Path.Combine(folder, "server.log");

    /// <summary>
    /// Logs every statement with its duration (log_min_duration_statement = 0) while <paramref name="on"/>; only for
    /// the profile, so the measured rounds run without the logging.
    /// </summary>
    public Task LogStatementsAsync(bool on) =>
        ConfigureAsync(on ? "ALTER SYSTEM SET log_min_duration_statement = 0" : "ALTER SYSTEM RESET log_min_duration_statement");

    /// <summary>
    /// Logs the plan of every statement slower than a millisecond (auto_explain) in sessions opened from now on, so a
    /// slow query in the profile comes with the reason.
    /// </summary>
    public Task ExplainSlowStatementsAsync() =>
        // ALTER SYSTEM only accepts the module's settings in a session that has loaded it.
        ConfigureAsync("LOAD 'auto_explain'", "ALTER SYSTEM SET session_preload_libraries = 'auto_explain'", "ALTER SYSTEM SET auto_explain.log_min_duration = '1ms'");

    private async Task ConfigureAsync(params string[] settings)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        foreach (var sql in settings.Append("SELECT pg_reload_conf()"))
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        // The postmaster signals every backend; give them a moment to re-read the setting.
        await Task.Delay(TimeSpan.FromMilliseconds(500));
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = Superuser, Database = database }.ConnectionString;

    private Task ToolAsync(string tool, IReadOnlyList<string> arguments) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", Superuser, "--", Path.Combine(bin, tool), .. arguments])
            : RunAsync(Path.Combine(bin, tool), arguments);

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await errors}{await output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            // Immediate: the data is deleted next, so a clean shutdown checkpoint would be wasted time.
            ToolAsync("pg_ctl", ["-D", Data, "-m", "immediate", "-w", "stop"]).GetAwaiter().GetResult();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
