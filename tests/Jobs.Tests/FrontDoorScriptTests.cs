using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;

namespace CchcFeedback.Jobs.Tests;

/// <summary><c>./cchc up</c> checks its ports before it builds or starts anything, and names the setting that moves a
/// port that another program holds; <c>./cchc channel-sim</c> makes the development secrets it shares with <c>up</c>.</summary>
public class FrontDoorScriptTests
{
    [Theory]
    [InlineData("CCHC_PG_PORT")]
    [InlineData("CCHC_WEB_PORT")]
    [InlineData("CCHC_API_PORT")]
    public async Task Up_PortHeldByAnotherProgram_SaysSoAndNamesTheSetting(string setting)
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var state = Directory.CreateTempSubdirectory("cchc-state-");

        var (exitCode, error) = await RunUpAsync(setting, port, state.FullName);
        state.Delete(recursive: true);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"port {port}", error);
        Assert.Contains("is in use", error);
        Assert.Contains(setting, error);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task ChannelSim_ApiNotRunning_MakesTheDevelopmentSecretsOnceAndSaysTheApiIsDown()
    {
        var state = Directory.CreateTempSubdirectory("cchc-state-");
        var apiPort = FreePort().ToString(CultureInfo.InvariantCulture);
        var environment = new Dictionary<string, string>
        {
            ["CCHC_STATE"] = state.FullName,
            ["CCHC_API_PORT"] = apiPort,
            ["CCHC_CHANNEL_SIM_PORT"] = FreePort().ToString(CultureInfo.InvariantCulture),
            // The hosts this test project was built with: the script must not build the solution under a test run.
            ["CCHC_CONFIGURATION"] = AppContext.BaseDirectory.Contains("/bin/Debug/", StringComparison.Ordinal) ? "Debug" : "Release",
        };

        var first = await RunScriptAsync(["channel-sim", "zalo", "xin chào"], environment);
        var secrets = await File.ReadAllTextAsync(Path.Combine(state.FullName, "channel-secrets"));
        var mode = File.GetUnixFileMode(Path.Combine(state.FullName, "channel-secrets"));
        var second = await RunScriptAsync(["channel-sim", "facebook", "xin chào"], environment);
        var secretsAfter = await File.ReadAllTextAsync(Path.Combine(state.FullName, "channel-secrets"));
        state.Delete(recursive: true);

        Assert.Equal(1, first.ExitCode);
        Assert.Contains($"The Api is not running at http://localhost:{apiPort}/", first.Error);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains($"The Api is not running at http://localhost:{apiPort}/", second.Error);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        Assert.Equal(secrets, secretsAfter);
        foreach (var name in new[] { "ZALO_APP_ID", "ZALO_APP_SECRET", "ZALO_OA_SECRET_KEY", "ZALO_REFRESH_TOKEN", "FACEBOOK_APP_SECRET",
            "FACEBOOK_VERIFY_TOKEN", "FACEBOOK_PAGE_ACCESS_TOKEN" })
        {
            Assert.Matches($"(?m)^{name}=[A-Za-z0-9_-]{{16,}}$", secrets);
        }
    }

    private static Task<(int ExitCode, string Error)> RunUpAsync(string setting, int port, string state)
    {
        // The other ports free, and a state folder of its own: a developer's running `./cchc up` changes nothing here.
        var environment = new Dictionary<string, string> { ["CCHC_STATE"] = state };
        foreach (var other in new[] { "CCHC_PG_PORT", "CCHC_WEB_PORT", "CCHC_API_PORT" })
        {
            environment[other] = (other == setting ? port : FreePort()).ToString(CultureInfo.InvariantCulture);
        }
        return RunScriptAsync(["up"], environment);
    }

    private static async Task<(int ExitCode, string Error)> RunScriptAsync(string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(TestPaths.RepositoryRoot, "cchc"), .. arguments])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        // Never a configured database: the private cluster's port is the one under test.
        start.Environment.Remove("CCHC_DATABASE");
        start.Environment.Remove("ConnectionStrings__Cchc");
        // Nor a developer's own channel settings: channel-sim's development ones are under test.
        foreach (var name in new[] { "CCHC_CHANNEL_SIM", "Zalo__AppId", "Facebook__AppSecret" })
        {
            start.Environment.Remove(name);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await error);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
