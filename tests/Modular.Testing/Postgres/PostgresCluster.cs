using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using Npgsql;
using Xunit;

namespace Modular.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster: its own data folder under the temp folder, its own loopback port, trust
/// authentication for the <c>postgres</c> role. Started by <see cref="InitializeAsync"/>, stopped and deleted
/// by <see cref="DisposeAsync"/>; use it as an xunit class or collection fixture and give each test its own
/// database with <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresCluster : IAsyncLifetime
{
    public const string Superuser = "postgres";

    private const int StartAttempts = 3;

    private readonly ConcurrentDictionary<string, byte> _handedOut = new();
    private string? _root;
    private int _port;
    private bool _started;
    private NpgsqlDataSource? _admin;
    private int _stopped;

    /// <summary>True when the server tools are installed (see <see cref="PostgresRequirement"/> for skipping).</summary>
    public static bool IsAvailable => PostgresBinaries.BinDirectory is not null;

    public bool IsRunning => _started && Volatile.Read(ref _stopped) == 0;

    public int Port => IsRunning ? _port : throw NotRunning();

    /// <summary>The cluster's data folder; gone once the cluster is disposed.</summary>
    public string DataDirectory => IsRunning ? DataDirectoryIn(_root!) : throw NotRunning();

    /// <summary>How long <c>initdb</c> plus <c>pg_ctl start</c> took, to tell a slow machine from a slow test.</summary>
    public TimeSpan StartupTime { get; private set; }

    public async Task InitializeAsync()
    {
        if (!IsAvailable)
        {
            // Off CI the tests that need the cluster are already skipped, so there is nothing to start; on CI
            // failing here fails every test in the collection, which is the point.
            if (PostgresRequirement.IsCi)
            {
                throw new InvalidOperationException(PostgresRequirement.MissingMessage);
            }

            return;
        }

        var clock = Stopwatch.StartNew();
        _root = Directory.CreateTempSubdirectory("modular-pg-").FullName;
        try
        {
            if (RunsAsRoot)
            {
                // The server refuses to run as root, so it runs as the postgres account and must own its folder.
                await RunAsync("chown", ["-R", $"{Superuser}:{Superuser}", _root]);
            }

            await RunServerToolAsync("initdb",
                ["-D", DataDirectoryIn(_root), "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--no-sync"]);
            await StartAsync();
            StartupTime = clock.Elapsed;
            _started = true;
        }
        catch
        {
            await StopAndDeleteAsync();
            throw;
        }

        _admin = NpgsqlDataSource.Create(ConnectionStringFor("postgres"));

        // A test host that is torn down without disposing its fixtures would otherwise leave the server running.
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    public async Task DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
        }

        foreach (var connectionString in _handedOut.Keys)
        {
            // Pooled connections to a server that is about to vanish are only broken sockets.
            using var connection = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(connection);
        }

        await StopAndDeleteAsync();
    }

    /// <summary>A connection string for <paramref name="database"/> as the superuser, over TCP on loopback.</summary>
    public string ConnectionStringFor(string database)
    {
        ArgumentException.ThrowIfNullOrEmpty(database);
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = Port,
            Username = Superuser,
            Database = database,
            // Server-side detail (the offending row, the constraint) is what makes a failing test readable.
            IncludeErrorDetail = true,
        }.ConnectionString;
        _handedOut.TryAdd(connectionString, 0);
        return connectionString;
    }

    /// <summary>Creates an empty database (a unique name unless one is given) and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        if (_admin is null || !IsRunning)
        {
            throw NotRunning();
        }

        name ??= $"test_{Guid.NewGuid():N}";
        await using var command = _admin.CreateCommand($"CREATE DATABASE {QuoteIdentifier(name)}");
        await command.ExecuteNonQueryAsync();
        return ConnectionStringFor(name);
    }

    internal static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private async Task StartAsync()
    {
        var data = DataDirectoryIn(_root!);
        var log = Path.Combine(_root!, "server.log");
        for (var attempt = 1; ; attempt++)
        {
            _port = FreeLoopbackPort();

            // pg_ctl hands -o to a shell, so the socket folder is quoted. The log file is not optional: without
            // it the server inherits pg_ctl's output pipes and reading them to the end would never finish.
            var options = $"-p {_port} -k '{data}' -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off";
            try
            {
                await RunServerToolAsync("pg_ctl", ["-D", data, "-l", log, "-o", options, "-w", "start"]);
                return;
            }
            catch (InvalidOperationException) when (attempt < StartAttempts && LostPortRace(log))
            {
                // Another process took the port between our probe and the server's bind; try another.
            }
            catch (InvalidOperationException ex)
            {
                // pg_ctl only says "examine the log output"; the reason is in the log, which is deleted next.
                throw new InvalidOperationException($"{ex.Message}\nServer log:\n{ReadLog(log)}", ex);
            }
        }
    }

    private static bool LostPortRace(string log) =>
        ReadLog(log).Contains("already in use", StringComparison.OrdinalIgnoreCase);

    private static string ReadLog(string log)
    {
        try
        {
            return File.ReadAllText(log);
        }
        catch (IOException)
        {
            return "";
        }
    }

    private async Task StopAndDeleteAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1 || _root is null)
        {
            return;
        }

        var data = DataDirectoryIn(_root);
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            try
            {
                // Immediate: the data is thrown away next, so a clean checkpoint would be wasted time.
                await RunServerToolAsync("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
            }
            catch (InvalidOperationException)
            {
                KillPostmaster(data);
            }
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover folder in temp is harmless; failing the test run over it is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void KillPostmaster(string data)
    {
        try
        {
            var firstLine = File.ReadLines(Path.Combine(data, "postmaster.pid")).FirstOrDefault();
            if (int.TryParse(firstLine, out var pid))
            {
                using var postmaster = Process.GetProcessById(pid);
                postmaster.Kill(entireProcessTree: true);
            }
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException)
        {
            // Already gone.
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => StopAndDeleteAsync().GetAwaiter().GetResult();

    private static string DataDirectoryIn(string root) => Path.Combine(root, "data");

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static InvalidOperationException NotRunning() =>
        new(IsAvailable
            ? "The PostgreSQL cluster is not running: use it as an xunit fixture, or await InitializeAsync first."
            : PostgresRequirement.MissingMessage);

    private static Task RunServerToolAsync(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(PostgresBinaries.BinDirectory!, tool);
        return RunsAsRoot
            ? RunAsync(Runuser, ["-u", Superuser, "--", path, .. arguments])
            : RunAsync(path, arguments);
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await error}{await output}");
        }
    }

    private static bool RunsAsRoot => Environment.UserName == "root" || (OperatingSystem.IsLinux() && geteuid() == 0);

    private static string Runuser =>
        new[] { "/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser", "/bin/runuser" }.FirstOrDefault(File.Exists)
        ?? "runuser";

    [DllImport("libc", SetLastError = false)]
    private static extern uint geteuid();
}
