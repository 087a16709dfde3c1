using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CchcFeedback.Jobs.Tests;

/// <summary><c>./cchc up</c> checks its ports before it builds or starts anything, and names the setting that moves a
/// port that another program holds.</summary>
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

    private static async Task<(int ExitCode, string Error)> RunUpAsync(string setting, int port, string state)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(TestPaths.RepositoryRoot, "cchc"), "up"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        // Never a configured database: the private cluster's port is the one under test.
        start.Environment.Remove("CCHC_DATABASE");
        start.Environment.Remove("ConnectionStrings__Cchc");
        // The other ports free, and a state folder of its own: a developer's running `./cchc up` changes nothing here.
        start.Environment["CCHC_STATE"] = state;
        foreach (var other in new[] { "CCHC_PG_PORT", "CCHC_WEB_PORT", "CCHC_API_PORT" })
        {
            start.Environment[other] = (other == setting ? port : FreePort()).ToString(CultureInfo.InvariantCulture);
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
