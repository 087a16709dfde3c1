using CchcFeedback.Core.Kiosks;
using CchcFeedback.Jobs.Commands;
using CchcFeedback.TestCommon;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CchcFeedback.Jobs.Tests;

/// <summary><c>./cchc create-kiosk COUNTER_CODE [NAME]</c>: the pairing URL, key included, on the last line.</summary>
[Collection(ConsoleCollection.Name)]
public class CreateKioskCommandTests
{
    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            return (await JobsCommandLine.Build().Parse(args).InvokeAsync(), output.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    [Fact]
    public async Task CreateKiosk_KnownCounter_PrintsAPairingUrlWhoseKeyOpensTheKiosk()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        var (exitCode, output) = await RunAsync(["create-kiosk", "TT_TINH-TP", "Máy tính bảng quầy Tư pháp", .. TestSettings.AsArguments(connectionString)]);

        Assert.Equal(0, exitCode);
        var url = output.TrimEnd().Split('\n').Last().Trim();
        Assert.StartsWith("https://gopy.quangtri.test/kiosk/pair#", url, StringComparison.Ordinal);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var kiosk = await db.Kiosks.Include(k => k.Counter).SingleAsync();
        Assert.Equal("Máy tính bảng quầy Tư pháp", kiosk.Name);
        Assert.Equal("TT_TINH-TP", kiosk.Counter.Code);
        var key = url[(url.IndexOf('#', StringComparison.Ordinal) + 1)..];
        Assert.True(Core.ApiClients.ApiKey.TryParse(key, out var parsed));
        Assert.Equal(kiosk.KeyId, parsed.KeyId);
        Assert.True(parsed.Matches(kiosk.SecretHash));
    }

    [Fact]
    public async Task CreateKiosk_UnknownCounter_ExitsNonZeroAndCreatesNothing()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        var (exitCode, _) = await RunAsync(["create-kiosk", "NO_SUCH_COUNTER", .. TestSettings.AsArguments(connectionString)]);

        Assert.NotEqual(0, exitCode);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Empty(db.Set<Kiosk>());
    }
}
