using CchcFeedback.Jobs.Commands;
using DocumentFormat.OpenXml.Packaging;

namespace CchcFeedback.Jobs.Tests;

/// <summary><c>write-report DIR</c>, as scripts/report-pdf.sh runs it.</summary>
public class WriteReportCommandTests
{
    private static Task<int> RunAsync(params string[] args) => JobsCommandLine.Build().Parse(args).InvokeAsync();

    [Fact]
    public async Task WriteReport_PeriodAndScopeKeys_WritesTheDocumentAnnexAndPreviewNamedByThem()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var folder = Path.Combine(TestPaths.Temporary, $"report-{Guid.NewGuid():N}");
        try
        {
            var exitCode = await RunAsync(["write-report", folder, "--period", "2026-H1", "--scope", "center:TT_TINH", .. TestSettings.AsArguments(connectionString)]);

            Assert.Equal(0, exitCode);
            var docx = Path.Combine(folder, "bao-cao-2026-H1-center-TT_TINH.docx");
            using (var document = WordprocessingDocument.Open(docx, isEditable: false))
            {
                Assert.Contains("6 tháng đầu năm 2026 (từ ngày 15/12/2025 đến ngày 14/06/2026)", document.MainDocumentPart!.Document!.Body!.InnerText);
            }
            Assert.True(File.Exists(Path.Combine(folder, "bao-cao-2026-H1-center-TT_TINH.xlsx")));
            Assert.StartsWith("<article class=\"report-preview\"", await File.ReadAllTextAsync(Path.Combine(folder, "bao-cao-2026-H1-center-TT_TINH.html")));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("--period", "2026-13", 2)]
    [InlineData("--scope", "counter:X", 2)]
    [InlineData("--scope", "department:KHONG_CO", 1)]
    public async Task WriteReport_BadKeyOrUnknownCode_ExitsNonZeroAndWritesNothing(string option, string value, int expected)
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var folder = Path.Combine(TestPaths.Temporary, $"report-{Guid.NewGuid():N}");

        var exitCode = await RunAsync(["write-report", folder, option, value, .. TestSettings.AsArguments(connectionString)]);

        Assert.Equal(expected, exitCode);
        Assert.False(Directory.Exists(folder));
    }
}
