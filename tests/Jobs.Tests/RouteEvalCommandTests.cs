using System.CommandLine;
using System.Text.RegularExpressions;
using CchcFeedback.Jobs.Commands;

namespace CchcFeedback.Jobs.Tests;

/// <summary><c>./cchc route-eval FILE</c>, run as the script runs it, on a small labelled file.</summary>
public partial class RouteEvalCommandTests
{
    // One right by a rule's own words, one expected elsewhere (wrong), one with nothing to go on (triage),
    // one right by its procedure code.
    private const string LabelledFile = """
        {"center": "TT_DONGHA", "counter": "TT_DONGHA-DDXD", "procedure": null, "title": "Cán bộ đòi bồi dưỡng", "text": "Cán bộ bảo phải bồi dưỡng hai triệu thì hồ sơ mới xong.", "department": "THANHTRA"}
        {"center": "TT_TINH", "counter": "TT_TINH-TP", "procedure": null, "title": "Phong bì", "text": "Phải đưa phong bì mới được nhận hồ sơ lý lịch tư pháp.", "department": "SO_TP"}
        {"center": null, "counter": null, "procedure": null, "title": "?", "text": "???", "department": "SO_TP"}

        {"center": "TT_KHESANH", "counter": "TT_KHESANH-HTCT", "procedure": "HT-01", "title": "Trễ hẹn", "text": "Hồ sơ của tôi bị trễ hẹn ba ngày.", "department": "UBND_KHESANH"}
        """;

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await JobsCommandLine.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task RouteEval_LabelledFile_PrintsConfusionPairsThenTheSummaryLast()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var file = Path.Combine(TestPaths.Temporary, $"routing-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(file, LabelledFile);
        try
        {
            var (exitCode, output, _) = await RunAsync(["route-eval", file, .. TestSettings.AsArguments(connectionString)]);

            Assert.Equal(0, exitCode);
            var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd()).ToList();
            Assert.Equal("routing: 2 right, 1 wrong, 1 triage of 4", lines[^1]);
            Assert.Equal("confusion (expected → got, count):", lines[^4]);
            Assert.Equal(["  SO_TP → (triage)  1", "  SO_TP → THANHTRA  1"], lines[^3..^1]);
            Assert.Matches(SummaryLine(), lines[^1]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task RouteEval_LineWithoutDepartmentOrBadJson_ExitsNonZeroNamingTheLines()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var file = Path.Combine(TestPaths.Temporary, $"routing-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(file, """
            {"title": "Khai sinh", "text": "Chậm", "subject": "HT-01"}
            {"title": "Khai sinh", "text": "Chậm", "department": "SO_TP"
            """);
        try
        {
            var (exitCode, output, error) = await RunAsync(["route-eval", file, .. TestSettings.AsArguments(connectionString)]);

            Assert.Equal(1, exitCode);
            Assert.DoesNotContain("routing:", output);
            Assert.Contains("line 1: no department", error);
            Assert.Contains("line 2:", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [GeneratedRegex(@"^routing: \d+ right, \d+ wrong, \d+ triage of \d+$")]
    private static partial Regex SummaryLine();
}
