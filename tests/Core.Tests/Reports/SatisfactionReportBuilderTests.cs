using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Satisfaction;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using static CchcFeedback.Core.Tests.Reports.ReportDatabase;

namespace CchcFeedback.Core.Tests.Reports;

public class SatisfactionReportBuilderTests
{
    private static readonly SatisfactionFilter WholeMarch = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    [Fact]
    public async Task BuildAsync_ProvinceMonth_HeaderBlocksAndTitleOfThatMonthInDecree30Layout()
    {
        await using var database = await CreateAsync();

        var report = await database.BuildAsync(March, ReportScope.Province);

        Assert.Equal("Kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính tháng 03/2026", report.Title);
        using var document = ReportFileReader.OpenDocx(report.Docx);
        var body = document.MainDocumentPart!.Document!.Body!;
        var heading = Assert.IsType<Table>(body.FirstChild);
        var cells = heading.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()).ToList();
        Assert.Equal(["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "VĂN PHÒNG", ""], cells[0].Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""], cells[1].Elements<Paragraph>().Select(p => p.InnerText));
        Assert.Equal("Số: ……/BC-VP", cells[2].InnerText);
        Assert.Equal("Quảng Trị, ngày 01 tháng 4 năm 2026", cells[3].InnerText);
        Assert.True(IsBold(cells[0].Elements<Paragraph>().ElementAt(1)) && !IsBold(cells[0].Elements<Paragraph>().First()));
        Assert.True(IsBold(cells[1].Elements<Paragraph>().First()) && IsBold(cells[1].Elements<Paragraph>().ElementAt(1)));
        Assert.NotNull(cells[3].Descendants<Italic>().FirstOrDefault());
        // The short rules under the issuing body and the motto, and no visible border around the blocks.
        Assert.Equal(2, heading.Descendants<ParagraphBorders>().Count());
        Assert.All(heading.Descendants<TableBorders>().Single().ChildElements, b => Assert.Equal(BorderValues.Nil, ((BorderType)b).Val!.Value));

        var paragraphs = ReportFileReader.Paragraphs(report.Docx);
        var kind = paragraphs.IndexOf("BÁO CÁO");
        Assert.True(kind >= 0);
        Assert.Equal(report.Title, paragraphs[kind + 1]);
        Assert.Contains("I. PHẠM VI KHẢO SÁT VÀ SỐ Ý KIẾN", paragraphs);
        Assert.Contains("VIII. ĐỀ XUẤT, KIẾN NGHỊ (DỰ THẢO)", paragraphs);
        Assert.Contains(RecommendationsSection.DraftNote, paragraphs);
    }

    [Fact]
    public async Task BuildAsync_ProvinceMonth_A4TimesNewRomanSignatureAndCharts()
    {
        await using var database = await CreateAsync();

        var report = await database.BuildAsync(March, ReportScope.Province);

        using var document = ReportFileReader.OpenDocx(report.Docx);
        var main = document.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        // Decree 30: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm (1 mm = 56.7 twips).
        Assert.InRange(margin.Top!.Value, 1134, 1418);
        Assert.InRange(margin.Bottom!.Value, 1134, 1418);
        Assert.InRange(margin.Left!.Value, 1701u, 1985u);
        Assert.InRange(margin.Right!.Value, 850u, 1134u);
        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts.HighAnsi!.Value);
        Assert.InRange(int.Parse(defaults.FontSize!.Val!.Value!), 26, 28);
        Assert.Empty(main.Document.Descendants<RunFonts>());

        var texts = main.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains("Nơi nhận:", texts);
        Assert.Contains("- UBND tỉnh (b/c);", texts);
        Assert.Contains("CHÁNH VĂN PHÒNG", texts);
        // At least the criteria, the units and the trend, as PNG images.
        Assert.True(main.ImageParts.Count() >= 3);
        Assert.All(main.ImageParts, p => Assert.Equal("image/png", p.ContentType));
    }

    [Fact]
    public async Task BuildAsync_ProvinceMonth_FiguresEqualTheEnginesForTheSamePeriodAndScope()
    {
        await using var database = await CreateAsync();

        var report = await database.BuildAsync(March, ReportScope.Province);

        var summary = await database.FiguresAsync(f => f.SummaryAsync(WholeMarch));
        var centers = await database.FiguresAsync(f => f.CompareAsync(WholeMarch, SatisfactionScope.Center));
        var departments = await database.FiguresAsync(f => f.CompareAsync(WholeMarch, SatisfactionScope.Department));
        Assert.Equal(77, summary.QuickRating.Answers);
        var paragraphs = ReportFileReader.Paragraphs(report.Docx);
        Assert.Contains(paragraphs, p => p.Contains(ReportNumbers.Share(summary.QuickRating.Index), StringComparison.Ordinal));

        var elements = ReportFileReader.TableAfter(report.Docx, "Chỉ số hài lòng theo yếu tố");
        var access = summary.Sipas.Elements[0];
        Assert.Equal(["E1. Tiếp cận dịch vụ", ReportNumbers.Percent(access.Index.Value), access.Answers.ToString()], elements[1][..3]);
        var sheets = ReportFileReader.Sheets(report.Xlsx);
        var elementSheet = sheets["Yếu tố"];
        Assert.Equal(access.Index.Value, ReportFileReader.Cell(elementSheet, ReportFileReader.Row(elementSheet, "E1. Tiếp cận dịch vụ"), "Chỉ số"));
        var criteria = sheets["Tiêu chí"];
        var first = summary.Sipas.Elements[0].Criteria[0];
        var firstRow = ReportFileReader.Row(criteria, "1. Nơi ngồi chờ có đủ chỗ ngồi");
        Assert.Equal(first.Index.Value.Lower, ReportFileReader.Cell(criteria, firstRow, "Cận dưới 95%"));
        Assert.Equal((double)first.Answers, ReportFileReader.Cell(criteria, firstRow, "n"));

        var justice = departments.Units.Single(u => u.Unit.Code == "SO_TP");
        var byDepartment = sheets["Theo cơ quan"];
        Assert.Equal(justice.QuickRating.Index.Value.Estimate, ReportFileReader.Cell(byDepartment, ReportFileReader.Row(byDepartment, justice.Unit.Name), "Chỉ số"));
        // The engine finds the provincial center better than the Đông Hà branch: the document marks exactly that.
        var main = centers.Units.Single(u => u.Unit.Code == "TT_TINH");
        var mainRow = ReportFileReader.TableAfter(report.Docx, "Chỉ số hài lòng theo trung tâm;").Single(r => r[0] == main.Unit.Name);
        Assert.Equal("▲ Cao hơn: " + string.Join(", ", main.BetterThan.Select(u => u.Name)), mainRow[^1]);
        Assert.NotEmpty(main.BetterThan);
    }

    [Fact]
    public async Task BuildAsync_UnitWithSevenRatings_ShowsNoFigureButItsN()
    {
        await using var database = await CreateAsync();

        var report = await database.BuildAsync(March, ReportScope.Province);

        var ward = database.Ward;
        var centers = await database.FiguresAsync(f => f.CompareAsync(WholeMarch, SatisfactionScope.Center));
        var small = centers.Units.Single(u => u.Unit.Id == ward.CenterId);
        Assert.True(small.QuickRating.Index.IsSuppressed);
        var row = ReportFileReader.TableAfter(report.Docx, "Chỉ số hài lòng theo trung tâm;").Single(r => r[0] == small.Unit.Name);
        Assert.Equal([small.Unit.Name, "—", "—", "7", "–"], row);
        Assert.Contains(ReportFileReader.Paragraphs(report.Docx), p => p.Contains(ReportTable.SuppressedNote, StringComparison.Ordinal));
        var sheet = ReportFileReader.Sheets(report.Xlsx)["Theo trung tâm"];
        var cells = ReportFileReader.Row(sheet, small.Unit.Name);
        Assert.Null(ReportFileReader.Cell(sheet, cells, "Chỉ số"));
        Assert.Null(ReportFileReader.Cell(sheet, cells, "Cận dưới 95%"));
        Assert.Equal(7.0, ReportFileReader.Cell(sheet, cells, "n"));
        Assert.Equal(AnnexWriter.SuppressedRowNote, ReportFileReader.Cell(sheet, cells, AnnexWriter.NoteHeader));
        Assert.Contains($"<th scope=\"row\">{small.Unit.Name}</th><td class=\"suppressed\"", report.HtmlPreview);
    }

    [Fact]
    public async Task BuildAsync_MoreRatingsThanScans_ResponseRateNotKnownInTheDocumentTheAnnexAndThePreview()
    {
        await using var database = await CreateAsync();
        await using (var db = database.Statistics.NewDbContext())
        {
            await db.Database.ExecuteSqlAsync($"INSERT INTO touchpoint_scans (touchpoint_id, day, count) VALUES ({database.Justice.TouchpointId}, {new DateOnly(2026, 3, 10)}, 3)");
        }

        var report = await database.BuildAsync(March, ReportScope.Province);

        Assert.Contains(ReportFileReader.Paragraphs(report.Docx), p => p.Contains("tỷ lệ phản hồi không xác định (số lượt đánh giá nhiều hơn số lượt quét mã", StringComparison.Ordinal));
        var row = ReportFileReader.TableAfter(report.Docx, "Số ý kiến trong kỳ và kỳ trước").Single(r => r[0].StartsWith("Tỷ lệ phản hồi", StringComparison.Ordinal));
        Assert.Equal("không xác định", row[1]);
        var sheet = ReportFileReader.Sheets(report.Xlsx)["Số ý kiến"];
        Assert.Equal("không xác định", ReportFileReader.Cell(sheet, ReportFileReader.Row(sheet, row[0]), "Kỳ này"));
        Assert.Contains("không xác định", report.HtmlPreview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_ProvinceMonth_PetitionsAndTheirRatiosAreTheEnginesPerDepartment()
    {
        await using var database = await CreateAsync();

        var report = await database.BuildAsync(March, ReportScope.Province);

        var justice = await database.DepartmentIdAsync("SO_TP");
        var figures = (await database.PetitionFiguresAsync(WholeMarch with { DepartmentId = justice })).Total;
        Assert.Equal((2, 1, 1), (figures.Received, figures.Answered, figures.AnsweredOnTime));
        var sheet = ReportFileReader.Sheets(report.Xlsx)["Phản ánh, kiến nghị"];
        var row = ReportFileReader.Row(sheet, "Sở Tư pháp");
        Assert.Equal((double)figures.Received, ReportFileReader.Cell(sheet, row, "Tiếp nhận"));
        Assert.Equal((double)figures.Overdue, ReportFileReader.Cell(sheet, row, "Quá hạn"));
        Assert.Equal(figures.OnTimeRatio, ReportFileReader.Cell(sheet, row, "Tỷ lệ trả lời đúng hạn"));
        Assert.Equal(figures.MedianWorkingDaysToAnswer, ReportFileReader.Cell(sheet, row, "Trung vị thời gian trả lời (ngày làm việc)"));
        var document = ReportFileReader.TableAfter(report.Docx, "Tiếp nhận, giải quyết phản ánh, kiến nghị").Single(r => r[0] == "Sở Tư pháp");
        Assert.Equal(["Sở Tư pháp", "2", "1", "1", figures.Overdue.ToString()], document[..5]);
    }

    [Fact]
    public async Task BuildAsync_ProvinceMonth_ExpectationsAndThemesOfTheComments()
    {
        await using var database = await CreateAsync();

        var report = await database.BuildAsync(March, ReportScope.Province);

        var expectations = ReportFileReader.Sheets(report.Xlsx)["Mong muốn"];
        var shorten = ReportFileReader.Row(expectations, "Rút ngắn thời gian giải quyết");
        Assert.Equal(20.0, ReportFileReader.Cell(expectations, shorten, "Số lượt chọn"));
        Assert.Equal(1.0, ReportFileReader.Cell(expectations, shorten, "Tỷ lệ người trả lời chọn"));
        var themes = ReportFileReader.TableAfter(report.Docx, "Cụm từ nhắc nhiều trong góp ý");
        Assert.Contains(["chờ đợi", "20"], themes);
        Assert.Contains(["hồ sơ", "20"], themes);
        Assert.Contains("<h3>VI. NỘI DUNG NGƯỜI DÂN QUAN TÂM NHIỀU NHẤT</h3>", report.HtmlPreview);
    }

    [Fact]
    public async Task BuildAsync_SixMonthsAcrossTheYear_CountsFrom15DecemberTo14June()
    {
        await using var database = await CreateAsync(seedMarch: false);
        var justice = database.Justice;
        await database.AddAsync([
            .. Ratings(justice, On(2025, 12, 14, 20), 5, 5),
            .. Ratings(justice, On(2025, 12, 15, 8), 12, 10),
            .. Ratings(justice, On(2026, 6, 14, 8), 3, 3),
            .. Ratings(justice, On(2026, 6, 15, 0), 4, 4),
        ]);
        var period = ReportPeriod.SixMonths(2026, 1);

        var report = await database.BuildAsync(period, ReportScope.Province);

        Assert.EndsWith("6 tháng đầu năm 2026 (từ ngày 15/12/2025 đến ngày 14/06/2026)", report.Title);
        var summary = await database.FiguresAsync(f => f.SummaryAsync(new SatisfactionFilter(new DateOnly(2025, 12, 15), new DateOnly(2026, 6, 14))));
        Assert.Equal(15, summary.QuickRating.Answers);
        var answers = ReportFileReader.Sheets(report.Xlsx)["Số ý kiến"];
        Assert.Equal(15.0, ReportFileReader.Cell(answers, ReportFileReader.Row(answers, "Lượt đánh giá nhanh"), "Kỳ này"));
        Assert.Equal(ReportNumbers.Percent(summary.QuickRating.Index.Value.Estimate), ReportFileReader.TableAfter(report.Docx, "Chỉ số hài lòng theo trung tâm;")[1][1]);
    }

    [Fact]
    public async Task BuildAsync_CenterScope_CountsOnlyThatCenter()
    {
        await using var database = await CreateAsync();

        var report = await database.BuildAsync(March, ReportScope.Center("TT_TINH_DH"));

        Assert.Equal(
            "Kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính tại " +
            "Trung tâm Phục vụ Hành chính công tỉnh, cơ sở Đông Hà tháng 03/2026", report.Title);
        var sheets = ReportFileReader.Sheets(report.Xlsx);
        Assert.Equal(30.0, ReportFileReader.Cell(sheets["Số ý kiến"], ReportFileReader.Row(sheets["Số ý kiến"], "Lượt đánh giá nhanh"), "Kỳ này"));
        Assert.Equal(["Sở Xây dựng"], sheets["Theo cơ quan"].Skip(2).Select(r => r[0]));
        Assert.Equal(["Quầy Sở Xây dựng"], sheets["Theo quầy"].Skip(2).Select(r => r[0]));
        Assert.DoesNotContain("Theo trung tâm", sheets.Keys);
        Assert.DoesNotContain(sheets["Phản ánh, kiến nghị"], r => Equals(r.FirstOrDefault(), "Sở Tư pháp"));
    }

    [Fact]
    public async Task BuildAsync_DepartmentScope_CountsOnlyThatDepartment()
    {
        await using var database = await CreateAsync();

        var report = await database.BuildAsync(March, ReportScope.Department("SO_TP"));

        Assert.StartsWith("Kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của Sở Tư pháp tháng 03/2026", report.Title);
        var justice = await database.DepartmentIdAsync("SO_TP");
        var summary = await database.FiguresAsync(f => f.SummaryAsync(WholeMarch with { DepartmentId = justice }));
        var sheets = ReportFileReader.Sheets(report.Xlsx);
        Assert.Equal(40.0, ReportFileReader.Cell(sheets["Số ý kiến"], ReportFileReader.Row(sheets["Số ý kiến"], "Lượt đánh giá nhanh"), "Kỳ này"));
        Assert.Equal(40, summary.QuickRating.Answers);
        Assert.Equal(["Trung tâm Phục vụ Hành chính công tỉnh Quảng Trị"], sheets["Theo trung tâm"].Skip(2).Select(r => r[0]));
        Assert.Equal(["Sở Tư pháp", "Tổng cộng"], sheets["Phản ánh, kiến nghị"].Skip(2).Select(r => r[0]));
    }

    [Fact]
    public async Task BuildAsync_UnknownCode_ThrowsReportScopeNotFound()
    {
        await using var database = await CreateAsync(seedMarch: false);

        var center = await Assert.ThrowsAsync<ReportScopeNotFoundException>(() => database.BuildAsync(March, ReportScope.Center("KHONG_CO")));
        var department = await Assert.ThrowsAsync<ReportScopeNotFoundException>(() => database.BuildAsync(March, ReportScope.Department("SO_KHONG_CO")));

        Assert.Equal("center:KHONG_CO", center.Scope.Key);
        Assert.Equal("department:SO_KHONG_CO", department.Scope.Key);
    }

    [Fact]
    public async Task BuildAsync_NoResponsesAtAll_StillWritesTheDocumentWithEveryFigureSuppressed()
    {
        await using var database = await CreateAsync(seedMarch: false);

        var report = await database.BuildAsync(March, ReportScope.Province);

        var paragraphs = ReportFileReader.Paragraphs(report.Docx);
        Assert.Contains(paragraphs, p => p.StartsWith("Chỉ số hài lòng chung", StringComparison.Ordinal) && p.Contains("— (dưới 10 ý kiến)", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("Chưa có số liệu đủ để đề xuất", StringComparison.Ordinal));
        Assert.Contains("Theo quầy", ReportFileReader.Sheets(report.Xlsx).Keys);
    }

    [Fact]
    public async Task BuildAsync_ProvinceMonth_BothFilesAreValidOpenXml()
    {
        await using var database = await CreateAsync();

        var report = await database.BuildAsync(March, ReportScope.Province);

        using var docx = ReportFileReader.OpenDocx(report.Docx);
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(report.Xlsx), isEditable: false);
        var validator = new OpenXmlValidator();
        Assert.Empty(validator.Validate(docx).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Empty(validator.Validate(xlsx).Select(e => $"{e.Path?.XPath}: {e.Description}"));
    }

    private static bool IsBold(Paragraph paragraph) => paragraph.Descendants<Bold>().Any();
}
