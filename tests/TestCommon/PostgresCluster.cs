using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CchcFeedback.TestCommon;

/// <summary>A private PostgreSQL server for one test process: created in a fresh temporary folder on first use,
/// stopped and deleted when the process exits. Never touches the developer's <c>.cchc/</c> cluster.</summary>
public sealed class PostgresCluster : IDisposable
{
    private static readonly Lazy<PostgresCluster> Shared = new(() => Create(asynchronousCommit: true), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _home;
    private readonly string _bin;
    private readonly bool _asynchronousCommit;
    private bool _disposed;

    private PostgresCluster(string home, string bin, int port, bool asynchronousCommit)
    {
        _home = home;
        _bin = bin;
        _asynchronousCommit = asynchronousCommit;
        Port = port;
    }

    /// <summary>The server every test of the process shares, in parallel: never stop it.</summary>
    public static PostgresCluster Instance => Shared.Value;

    /// <summary>A server of the caller's own, for a test that stops and starts it (an outage); disposing it
    /// removes it.</summary>
    public static PostgresCluster StartPrivate() => Create(asynchronousCommit: false);

    public int Port { get; }

    /// <remarks>Timeout 60 s, not Npgsql's 15: four test projects share two cores, and under that load opening a
    /// connection has taken longer than 15 s.</remarks>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Maximum Pool Size=30;Timeout=60;Include Error Detail=true";

    /// <param name="asynchronousCommit">Faster, but an immediate stop (a crash) loses the last commits: only for
    /// a server nobody stops.</param>
    private static PostgresCluster Create(bool asynchronousCommit)
    {
        var bin = FindBinaries();
        var root = Environment.GetEnvironmentVariable("CCHC_TEST_TMP") ?? Path.GetTempPath();
        RemoveLeftovers(root, bin);
        var home = Path.Combine(root, $"pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..24]);
        Directory.CreateDirectory(Path.Combine(home, "run"));
        if (IsRoot)
        {
            // PostgreSQL refuses to run as root; the postgres user must own the folder and reach it.
            Run("chown", "-R", "postgres:", home);
        }
        RunAsPostgres(Path.Combine(bin, "initdb"), "-D", Path.Combine(home, "data"), "-U", "postgres",
            "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");

        // A free port can be taken between asking and binding: try a few.
        for (var attempt = 1; ; attempt++)
        {
            var cluster = new PostgresCluster(home, bin, FreePort(), asynchronousCommit);
            try
            {
                cluster.Start();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
                return cluster;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Starts the server (again) on its port, and returns once it accepts connections.</summary>
    public void Start() =>
        RunAsPostgres(Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_home, "data"), "-w", "-l", Path.Combine(_home, "postgresql.log"),
            "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {Path.Combine(_home, "run")} -c fsync=off -c synchronous_commit={(_asynchronousCommit ? "off" : "on")} -c full_page_writes=off -c max_connections=400",
            "start");

    /// <summary>Stops the server: <c>fast</c> ends every session with 57P01 admin_shutdown, <c>immediate</c>
    /// kills them as a crash would.</summary>
    public void Stop(string mode = "fast") =>
        RunAsPostgres(Path.Combine(_bin, "pg_ctl"), "-D", Path.Combine(_home, "data"), "-m", mode, "-w", "stop");

    /// <summary>Stops the server until the returned object is disposed, which starts it again.</summary>
    public IDisposable Outage(string mode = "fast")
    {
        Stop(mode);
        return new Restart(this);
    }

    private sealed class Restart(PostgresCluster cluster) : IDisposable
    {
        public void Dispose() => cluster.Start();
    }

    /// <summary>Stops the server if it runs, and deletes its folder.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            Stop("immediate");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        finally
        {
            // The test host may be killed soon after exit starts: hand the deletion to a process of its own.
            Process.Start(new ProcessStartInfo("rm", ["-rf", _home]) { UseShellExecute = false });
        }
    }

    /// <summary>Clusters of test processes that no longer run: a test host killed while it exits leaves its
    /// cluster (gigabytes after a run) behind, and the next run removes it.</summary>
    private static void RemoveLeftovers(string root, string bin)
    {
        foreach (var home in Directory.EnumerateDirectories(root, "pg-*-*"))
        {
            var parts = Path.GetFileName(home).Split('-');
            if (parts.Length < 3 || !int.TryParse(parts[1], out var pid) || Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }
            try
            {
                if (File.Exists(Path.Combine(home, "data", "postmaster.pid")))
                {
                    RunAsPostgres(Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(home, "data"), "-m", "immediate", "stop");
                }
            }
            catch (InvalidOperationException)
            {
                // Not running: only the folder is left.
            }
            Process.Start(new ProcessStartInfo("rm", ["-rf", home]) { UseShellExecute = false })?.WaitForExit();
        }
    }

    private static string FindBinaries()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CCHC_PG_BIN"), "/usr/lib/postgresql/15/bin" }
            .Concat(Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")) : []);
        return candidates.FirstOrDefault(d => d is not null && File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found: run ./cchc test, or install the postgresql package");
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void RunAsPostgres(string program, params string[] arguments)
    {
        if (IsRoot)
        {
            Run("runuser", ["-u", "postgres", "--", program, .. arguments]);
        }
        else
        {
            Run(program, arguments);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {error.Result}{output.Result}");
        }
    }
}
