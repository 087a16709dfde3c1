using System.Globalization;
using System.Text;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Satisfaction.Exports;
using CchcFeedback.Core.Statistics;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Satisfaction.Exports;

public class StatisticsExportsTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly SatisfactionFilter WholeMarch = new(March, new DateOnly(2026, 3, 31));

    private static async Task<byte[]> ExportAsync(string connectionString, ExportRequest request)
    {
        await using var services = CoreServices.For(connectionString);
        await using var scope = services.CreateAsyncScope();
        using var output = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<StatisticsExports>().WriteAsync(request, output);
        return output.ToArray();
    }

    private static ExportRequest Request(ExportKind kind, ExportFormat format, SatisfactionFilter filter, bool includeFlagged = false) =>
        new(kind, format, filter, SatisfactionScope.Counter, includeFlagged, new Dictionary<string, string>());

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Xlsx)]
    public async Task WriteAsync_Figures_RowsEqualTheFiguresAndSmallCellsSayNotEnoughData(ExportFormat format)
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var justice = await SatisfactionCountRows.CounterPlaceAsync(connectionString, "TT_TINH-TP");
        var construction = await SatisfactionCountRows.CounterPlaceAsync(connectionString, "TT_TINH-XD");
        var rows = new SatisfactionCountRows(connectionString)
            .QuickRatings(March.AddDays(3), justice, 40, 41, 182)
            // 7 of 9 satisfied would be 0.777…: it must appear nowhere.
            .QuickRatings(March.AddDays(4), construction, 4, 3, 2);
        foreach (var criterion in SipasForm.Criteria)
        {
            rows.Criterion(March.AddDays(3), justice, criterion.Number, new AnswerCounts(0, 2, 0, 4, 4, notApplicable: 1));
        }
        await rows.SaveAsync();
        IReadOnlyList<UnitMonthFigures> expected;
        await using (var db = TestDatabase.CreateDbContext(connectionString))
        {
            expected = await new SatisfactionFigures(db).MonthlyFiguresByUnitAsync(WholeMarch, SatisfactionScope.Counter);
        }

        var file = await ExportAsync(connectionString, Request(ExportKind.Figures, format, WholeMarch));

        var table = ExportedTables.Read(file, format);
        Assert.Equal(FiguresTable.Header.Cast<string>(), table[0]);
        Assert.Equal(3, table.Count);
        var justiceRow = table.Single(r => r[1] == "TT_TINH-TP");
        var figures = expected.Single(f => f.Unit.Code == "TT_TINH-TP");
        Assert.Equal(["quầy", "TT_TINH-TP", "Quầy Sở Tư pháp", "2026-03", "263"], justiceRow[..5]);
        Assert.Equal(figures.QuickRating.Index.Value.Estimate, Number(justiceRow[5]));
        Assert.Equal(figures.QuickRating.Index.Value.Lower, Number(justiceRow[6]));
        Assert.Equal(figures.QuickRating.Index.Value.Upper, Number(justiceRow[7]));
        Assert.Equal("10", justiceRow[8]);
        Assert.Equal(0.8, Number(justiceRow[9]), 1e-9);
        // No complete cases were counted, so the mean score is suppressed like any small cell.
        Assert.True(figures.Sipas.Mean.IsSuppressed);
        Assert.Equal(SmallCellRule.NotEnoughDataVi, justiceRow[10]);
        var constructionRow = table.Single(r => r[1] == "TT_TINH-XD");
        Assert.Equal("9", constructionRow[4]);
        Assert.All(constructionRow[5..8], cell => Assert.Equal(SmallCellRule.NotEnoughDataVi, cell));
        Assert.Equal(SmallCellRule.NotEnoughDataVi, constructionRow[9]);
        Assert.DoesNotContain(table.SelectMany(r => r), cell => cell.StartsWith("0.77", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.Xlsx)]
    public async Task WriteAsync_Responses_OneRowPerUnflaggedResponseWithEveryColumnAndDiacritics(ExportFormat format)
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var (touchpoint, counterCode, departmentCode, centerCode) = await CounterTouchpointAsync(connectionString, "TT_TINH-TP");
        var comment = "Cán bộ nhiệt tình, chu đáo; \"rất\" tốt\nXin cảm ơn";
        var answered = Response(touchpoint, new DateTimeOffset(2026, 3, 10, 23, 30, 0, TimeSpan.Zero), comment);
        var quick = Response(touchpoint, new DateTimeOffset(2026, 3, 12, 2, 0, 0, TimeSpan.Zero), null, answers: false);
        var flagged = Response(touchpoint, new DateTimeOffset(2026, 3, 13, 2, 0, 0, TimeSpan.Zero), "gắn cờ");
        flagged.Flagged = true;
        await SaveAsync(connectionString, answered, quick, flagged);

        var table = ExportedTables.Read(await ExportAsync(connectionString, Request(ExportKind.Responses, format, WholeMarch)), format);
        var withFlagged = ExportedTables.Read(await ExportAsync(connectionString, Request(ExportKind.Responses, format, WholeMarch, includeFlagged: true)), format);

        Assert.Equal(ResponsesTable.Header.Cast<string>(), table[0]);
        Assert.Equal([answered.Id.ToString(), quick.Id.ToString()], table.Skip(1).Select(r => r[0]));
        Assert.Equal(4, withFlagged.Count);
        var row = table[1];
        // 23:30 UTC on the 10th is 06:30 on the 11th in Vietnam.
        Assert.Equal(["2026-03-11 06:30:00", centerCode, counterCode, departmentCode, "", "1", "qr", "1", "chờ lâu; thái độ"], row[1..10]);
        Assert.Equal([.. Enumerable.Range(1, 22).Select(i => (i % 6).ToString(CultureInfo.InvariantCulture))], row[10..32]);
        // Two responses in the counter's March: too few for respondent type, gender and age band to be written.
        Assert.Equal(["rút ngắn thời gian", comment, "", "", "", "không"], row[32..38]);
        Assert.Equal(38, table[0].Length);
        Assert.All(table[2][10..32], cell => Assert.Equal("", cell));
    }

    [Fact]
    public async Task WriteAsync_Responses_DemographicsOnlyWhereTheCounterHasTenResponsesInTheLocalMonth()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var (justice, _, _, _) = await CounterTouchpointAsync(connectionString, "TT_TINH-TP");
        var (construction, _, _, _) = await CounterTouchpointAsync(connectionString, "TT_TINH-XD");
        var tenth = new DateTimeOffset(2026, 2, 28, 18, 0, 0, TimeSpan.Zero); // 1 March, 01:00 in Vietnam
        await SaveAsync(connectionString, [
            .. Enumerable.Range(0, 9).Select(i => Response(justice, new DateTimeOffset(2026, 3, 10, 3, i, 0, TimeSpan.Zero), null)),
            Response(justice, tenth, null),
            .. Enumerable.Range(0, 9).Select(i => Response(construction, new DateTimeOffset(2026, 3, 10, 3, i, 0, TimeSpan.Zero), null)),
        ]);

        var table = ExportedTables.ReadCsv(await ExportAsync(connectionString, Request(ExportKind.Responses, ExportFormat.Csv, WholeMarch)));

        var rows = table.Skip(1).ToLookup(r => r[3]);
        Assert.Equal(10, rows["TT_TINH-TP"].Count());
        Assert.All(rows["TT_TINH-TP"], r => Assert.Equal(["người dân", "nữ", "30–44"], r[34..37]));
        Assert.Equal(9, rows["TT_TINH-XD"].Count());
        Assert.All(rows["TT_TINH-XD"], r => Assert.Equal(["", "", ""], r[34..37]));
        // The rest of a row stays: only the columns that could point at someone are left out.
        Assert.All(rows["TT_TINH-XD"], r => Assert.Equal("rút ngắn thời gian", r[32]));
    }

    [Fact]
    public async Task WriteAsync_CsvResponses_FormulaLikeCommentIsEscapedForSpreadsheets()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var (touchpoint, _, _, _) = await CounterTouchpointAsync(connectionString, "TT_TINH-TP");
        await SaveAsync(connectionString, Response(touchpoint, new DateTimeOffset(2026, 3, 10, 3, 0, 0, TimeSpan.Zero), "=HYPERLINK(\"x\")"));

        var file = await ExportAsync(connectionString, Request(ExportKind.Responses, ExportFormat.Csv, WholeMarch));

        Assert.DoesNotContain(ExportedTables.ReadCsv(file)[1], cell => cell.StartsWith('='));
        Assert.Contains("'=HYPERLINK", Encoding.UTF8.GetString(file), StringComparison.Ordinal);
    }

    private static async Task SaveAsync(string connectionString, params SurveyResponse[] responses)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        db.SurveyResponses.AddRange(responses);
        await db.SaveChangesAsync();
    }

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);

    private static async Task<(Touchpoint Touchpoint, string Counter, string Department, string Center)> CounterTouchpointAsync(string connectionString, string counterCode)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var touchpoint = await db.Touchpoints.AsNoTracking().Include(t => t.Counter).FirstAsync(t => t.Counter!.Code == counterCode);
        var department = await db.Departments.Where(d => d.Id == touchpoint.Counter!.DepartmentId).Select(d => d.Code).SingleAsync();
        var center = await db.ServiceCenters.Where(c => c.Id == touchpoint.CenterId).Select(c => c.Code).SingleAsync();
        return (touchpoint, counterCode, department, center);
    }

    private static SurveyResponse Response(Touchpoint touchpoint, DateTimeOffset at, string? comment, bool answers = true) => new()
    {
        Id = Guid.CreateVersion7(),
        FormVersion = 1,
        TouchpointId = touchpoint.Id,
        CenterId = touchpoint.CenterId,
        CounterId = touchpoint.CounterId,
        DepartmentId = touchpoint.Counter!.DepartmentId,
        DossierCode = $"HS-{Guid.NewGuid():N}",
        Channel = "qr",
        SubmittedAt = at,
        QuickRating = QuickRating.Dissatisfied,
        DissatisfactionReasons = answers ? ["chờ lâu", "thái độ"] : [],
        Answers = answers ? [.. Enumerable.Range(1, 22).Select(i => (short)(i % 6))] : null,
        Expectations = answers ? ["rút ngắn thời gian"] : [],
        Comment = comment,
        RespondentType = answers ? "người dân" : null,
        Gender = answers ? "nữ" : null,
        AgeBand = answers ? "30–44" : null,
    };
}
