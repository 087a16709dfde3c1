using System.CommandLine;
using System.Text.RegularExpressions;
using CchcFeedback.Jobs.Commands;

namespace CchcFeedback.Jobs.Tests;

/// <summary><c>./cchc assistant-eval FILE</c>, run as the script runs it, on a small labelled file.</summary>
public partial class AssistantEvalCommandTests
{
    // Right (a procedure, a decline, an intent), wrong (another procedure answered), declined (it asks to choose).
    private const string LabelledFile = """
        {"question": "đăng ký kết hôn cần giấy tờ gì", "expect": "procedure:HT-02"}
        {"question": "làm hộ chiếu ở đâu", "expect": "decline"}
        {"question": "cán bộ đòi tiền bồi dưỡng", "expect": "intent:petition"}

        {"question": "đăng ký kết hôn mất bao lâu", "expect": "procedure:HT-03"}
        {"question": "chứng thực", "expect": "procedure:CT-01"}
        """;

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await JobsCommandLine.Build().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task AssistantEval_LabelledFile_PrintsEachLineThenTheSummaryLast()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var file = Path.Combine(TestPaths.Temporary, $"assistant-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(file, LabelledFile);
        try
        {
            var (exitCode, output, _) = await RunAsync(["assistant-eval", file, .. TestSettings.AsArguments(connectionString)]);

            Assert.Equal(0, exitCode);
            var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd()).ToList();
            Assert.Equal("assistant: 3 right, 1 wrong, 1 declined of 5", lines[^1]);
            Assert.Matches(SummaryLine(), lines[^1]);
            Assert.Contains("  line 5: WRONG    expected procedure:HT-03, answered procedure:HT-02", lines);
            Assert.Contains("  line 6: declined expected procedure:CT-01, answered ask", lines);
            await using var db = TestDatabase.CreateDbContext(connectionString);
            Assert.Equal(0, db.AssistantExchanges.Count());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AssistantEval_BadLines_ExitsNonZeroNamingTheLines()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var file = Path.Combine(TestPaths.Temporary, $"assistant-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(file, """
            {"question": "khai sinh", "expect": "maybe"}
            {"question": "khai sinh"
            """);
        try
        {
            var (exitCode, output, error) = await RunAsync(["assistant-eval", file, .. TestSettings.AsArguments(connectionString)]);

            Assert.Equal(1, exitCode);
            Assert.DoesNotContain("assistant:", output);
            Assert.Contains("line 1: expect must be", error);
            Assert.Contains("line 2:", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AssistantCrossval_OwnExamples_EndsWithTheSummary()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);

        var (exitCode, output, _) = await RunAsync(["assistant-crossval", .. TestSettings.AsArguments(connectionString)]);

        Assert.Equal(0, exitCode);
        Assert.Matches(SummaryLine(), output.TrimEnd().Split('\n')[^1].TrimEnd());
    }

    [GeneratedRegex(@"^assistant: \d+ right, \d+ wrong, \d+ declined of \d+$")]
    private static partial Regex SummaryLine();
}
