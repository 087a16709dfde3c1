using CchcFeedback.Jobs.Commands;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Jobs.Tests;

/// <summary><c>./cchc export-posters DIR</c>, run as the script runs it.</summary>
public class ExportPostersCommandTests
{
    private static Task<int> RunAsync(params string[] args) => JobsCommandLine.Build().Parse(args).InvokeAsync();

    [Fact]
    public async Task ExportPosters_SampleCatalog_WritesPngAndSvgPerActiveCounterAndEntrance()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var folder = Path.Combine(TestPaths.Temporary, $"posters-{Guid.NewGuid():N}");
        try
        {
            var exitCode = await RunAsync(["export-posters", folder, .. TestSettings.AsArguments(connectionString)]);

            Assert.Equal(0, exitCode);
            await using var db = TestDatabase.CreateDbContext(connectionString);
            var counterCodes = await db.Counters.Select(c => c.Code).ToListAsync();
            var centerCodes = await db.ServiceCenters.Select(c => c.Code).ToListAsync();
            var expected = counterCodes.Concat(centerCodes).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, Names(folder, "*.png"));
            Assert.Equal(expected, Names(folder, "*.svg"));
            Assert.Equal(expected.Count * 2, Directory.GetFiles(folder).Length);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ExportPosters_CounterPng_DecodesToThatCountersActiveTouchpoint()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var counter = await db.Counters.SingleAsync(c => c.Code == "TT_TINH-TP");
        // A reissued touchpoint: the export must carry the new token, never the revoked one.
        var old = await db.Touchpoints.SingleAsync(t => t.CounterId == counter.Id && t.RevokedAt == null);
        var service = new Core.Touchpoints.TouchpointService(db, TimeProvider.System, new Core.Auditing.AuditLog(db, TimeProvider.System));
        var replacement = await service.ReissueAsync(old.Id, "test");
        var folder = Path.Combine(TestPaths.Temporary, $"posters-{Guid.NewGuid():N}");
        try
        {
            var exitCode = await RunAsync(["export-posters", folder, .. TestSettings.AsArguments(connectionString)]);

            Assert.Equal(0, exitCode);
            var decoded = await QrDecoder.DecodeFileAsync(Path.Combine(folder, "TT_TINH-TP.png"));
            Assert.Equal([$"{TestSettings.For(connectionString)["PublicSite:BaseUrl"]}/q/{replacement!.Token}"], decoded);
            Assert.StartsWith("<svg", await File.ReadAllTextAsync(Path.Combine(folder, "TT_TINH-TP.svg")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Names(string folder, string pattern) =>
        [.. Directory.GetFiles(folder, pattern).Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];
}
