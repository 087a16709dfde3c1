using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;

namespace CchcFeedback.Core.Tests.Reports.Archive;

public class ReportFilesTests
{
    [Fact]
    public void FileName_MonthlyProvinceReport_ReadsAsVietnameseInAscii() =>
        Assert.Equal("bao-cao-hai-long-2026-10-tinh.docx", ReportFiles.FileName(ReportPeriod.Month(2026, 10), ReportScope.Province, ReportFormat.Docx));

    [Fact]
    public void FileName_CenterQuarter_NamesTheCenterByItsCode() =>
        Assert.Equal("bao-cao-hai-long-2026-quy-4-trung-tam-tt-tinh-dh.xlsx",
            ReportFiles.FileName(ReportPeriod.Quarter(2026, 4), ReportScope.Center("TT_TINH_DH"), ReportFormat.Xlsx));

    [Fact]
    public void FileName_DepartmentSixMonthsAndYear_SayWhichHalfAndTheYear()
    {
        Assert.Equal("bao-cao-hai-long-2026-6-thang-cuoi-nam-co-quan-so-tp.docx",
            ReportFiles.FileName(ReportPeriod.SixMonths(2026, 2), ReportScope.Department("SO_TP"), ReportFormat.Docx));
        Assert.Equal("bao-cao-hai-long-2026-ca-nam-tinh.docx", ReportFiles.FileName(ReportPeriod.Annual(2026), ReportScope.Province, ReportFormat.Docx));
    }

    [Fact]
    public void FileName_CodeWithOtherCharacters_KeepsOnlyLettersDigitsAndHyphens() =>
        Assert.Matches("^[a-z0-9.-]+$", ReportFiles.FileName(ReportPeriod.Month(2026, 1), ReportScope.Department("SỞ TP/ĐN"), ReportFormat.Docx));
}
