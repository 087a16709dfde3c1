using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Statistics;
using CchcFeedback.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Place = CchcFeedback.TestCommon.SatisfactionCountRows.Place;

namespace CchcFeedback.Core.Tests.Satisfaction;

public class SatisfactionFiguresTests
{
    private const double Tolerance = 1e-4;
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly SatisfactionFilter WholeMarch = new(March, new DateOnly(2026, 3, 31));

    private sealed record Context(string ConnectionString, SatisfactionCountRows Rows)
    {
        public async Task<T> FiguresAsync<T>(Func<SatisfactionFigures, Task<T>> read)
        {
            await using var db = TestDatabase.CreateDbContext(ConnectionString);
            return await read(new SatisfactionFigures(db));
        }

        public Task<Place> CounterAsync(string code) => SatisfactionCountRows.CounterPlaceAsync(ConnectionString, code);
    }

    private static async Task<Context> NewContextAsync()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        return new Context(connectionString, new SatisfactionCountRows(connectionString));
    }

    [Fact]
    public async Task SummaryAsync_QuickRatingsOfACounter_IndexAndWilsonIntervalOfThatCounterAndPeriodOnly()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        var construction = await context.CounterAsync("TT_TINH-XD");
        // 40 + 41 = 81 satisfied of 263 over two days; other counters and days outside the period do not count.
        await context.Rows
            .QuickRatings(March.AddDays(2), justice, 30, 21, 100)
            .QuickRatings(March.AddDays(20), justice, 10, 20, 82)
            .QuickRatings(March.AddDays(-1), justice, 500, 0, 0)
            .QuickRatings(March.AddDays(5), construction, 0, 0, 400)
            .SaveAsync();

        var summary = await context.FiguresAsync(f => f.SummaryAsync(WholeMarch with { CounterId = justice.CounterId }));

        // R: prop.test(81, 263, correct = FALSE)$conf.int = 0.2553 0.3662 (see WilsonIntervalTests).
        var quick = summary.QuickRating;
        Assert.Equal(263, quick.Answers);
        Assert.Equal(0.307985, quick.Index.Value.Estimate, Tolerance);
        Assert.Equal(0.255289, quick.Index.Value.Lower, Tolerance);
        Assert.Equal(0.366210, quick.Index.Value.Upper, Tolerance);
        Assert.Equal((40, 41, 182), (quick.Distribution.Value.VerySatisfied, quick.Distribution.Value.Satisfied, quick.Distribution.Value.Dissatisfied));
    }

    [Fact]
    public async Task SummaryAsync_DepartmentFilter_CountsOnlyThatDepartment()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        var construction = await context.CounterAsync("TT_TINH-XD");
        await context.Rows.QuickRatings(March, justice, 10, 10, 0).QuickRatings(March, construction, 0, 0, 30).SaveAsync();

        var summary = await context.FiguresAsync(f => f.SummaryAsync(WholeMarch with { DepartmentId = justice.DepartmentId }));

        Assert.Equal(20, summary.QuickRating.Answers);
        Assert.Equal(1, summary.QuickRating.Index.Value.Estimate, Tolerance);
    }

    [Fact]
    public async Task SummaryAsync_NineRatings_EveryFigureSuppressedButNShown()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        var touchpoint = await TouchpointOfAsync(context, justice.CounterId);
        await context.Rows.QuickRatings(March, justice, 5, 3, 1).Scans(touchpoint, March, 40).SaveAsync();
        await CountedResponsesAsync(context, justice, touchpoint, March, SurveyChannels.QrPage, 9);

        var summary = await context.FiguresAsync(f => f.SummaryAsync(WholeMarch with { CounterId = justice.CounterId }));

        Assert.Equal(9, summary.QuickRating.Answers);
        Assert.True(summary.QuickRating.Index.IsSuppressed);
        Assert.True(summary.QuickRating.Distribution.IsSuppressed);
        Assert.True(summary.ResponseRate.Rate!.IsSuppressed);
        Assert.True(summary.Sipas.Index.IsSuppressed);
        Assert.All(summary.Sipas.Elements, e => Assert.True(e.Index.IsSuppressed && e.Mean.IsSuppressed && e.Reliability.Alpha.IsSuppressed));
    }

    [Fact]
    public async Task SummaryAsync_ScansOfTheCountersTouchpoint_GiveTheResponseRate()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        var touchpoint = await TouchpointOfAsync(context, justice.CounterId);
        var otherTouchpoint = await TouchpointOfAsync(context, (await context.CounterAsync("TT_TINH-XD")).CounterId);
        // 120 ratings out of 300 + 100 scans in March = 0.3; scans in April and at another counter do not count.
        await context.Rows
            .QuickRatings(March.AddDays(1), justice, 60, 40, 20)
            .Scans(touchpoint, March.AddDays(1), 300).Scans(touchpoint, March.AddDays(30), 100)
            .Scans(touchpoint, March.AddMonths(1), 1000).Scans(otherTouchpoint, March, 1000)
            .SaveAsync();
        await CountedResponsesAsync(context, justice, touchpoint, March.AddDays(1), SurveyChannels.QrPage, 120);

        var summary = await context.FiguresAsync(f => f.SummaryAsync(WholeMarch with { CounterId = justice.CounterId }));

        Assert.Equal((120, 400L), (summary.ResponseRate.Responses, summary.ResponseRate.Scans));
        Assert.Equal(0.3, summary.ResponseRate.Rate!.Value, Tolerance);
    }

    [Fact]
    public async Task SummaryAsync_MoreRatingsThanScans_RateUnknownNotAboveOneHundredPercent()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        var touchpoint = await TouchpointOfAsync(context, justice.CounterId);
        // 120 ratings (kiosks among them) over 3 scans: the quotient, 4000%, is no share of anything.
        await context.Rows.QuickRatings(March, justice, 60, 40, 20).Scans(touchpoint, March, 3).SaveAsync();
        await CountedResponsesAsync(context, justice, touchpoint, March, SurveyChannels.QrPage, 120);

        var summary = await context.FiguresAsync(f => f.SummaryAsync(WholeMarch));

        Assert.Equal((120, 3L), (summary.ResponseRate.Responses, summary.ResponseRate.Scans));
        Assert.Null(summary.ResponseRate.Rate);
        Assert.Equal(ResponseRateUnknown.MoreRatingsThanScans, summary.ResponseRate.Unknown);
    }

    [Fact]
    public async Task SummaryAsync_KioskApiAndDemoRatings_CountedBesideTheRateNeverDividedByScans()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        var touchpoint = await TouchpointOfAsync(context, justice.CounterId);
        // 300 ratings over 100 scans used to read 300%; only the 40 given on the QR page follow a scan.
        await context.Rows.QuickRatings(March, justice, 300, 0, 0).Scans(touchpoint, March, 100).SaveAsync();
        await CountedResponsesAsync(context, justice, touchpoint, March, SurveyChannels.QrPage, 40);
        await CountedResponsesAsync(context, justice, touchpoint, March, SurveyChannels.Kiosk, 200);
        await CountedResponsesAsync(context, justice, touchpoint, March, SurveyChannels.Api, 60);
        // Not yet folded by the rollup (nor flagged ones): in no figure, so in no channel either.
        await CountedResponsesAsync(context, justice, touchpoint, March, SurveyChannels.Kiosk, 7, counted: false);

        var summary = await context.FiguresAsync(f => f.SummaryAsync(WholeMarch));

        Assert.Equal((40, 100L), (summary.ResponseRate.Responses, summary.ResponseRate.Scans));
        Assert.Equal(0.4, summary.ResponseRate.Rate!.Value, Tolerance);
        Assert.Equal([new ChannelCount("kiosk", 200), new ChannelCount("api", 60), new ChannelCount("web", 40)], summary.Channels);
        Assert.Equal(summary.QuickRating.Answers, summary.Channels.Sum(c => c.Ratings));
    }

    [Theory]
    [InlineData(10, 10, 1.0)]
    [InlineData(10, 40, 0.25)]
    public void ResponseRateFrom_AtMostOneRatingPerScan_IsTheShare(int responses, long scans, double expected)
    {
        var rate = ResponseRate.From(responses, scans);

        Assert.Null(rate.Unknown);
        Assert.Equal(expected, rate.Rate!.Value, Tolerance);
    }

    [Theory]
    [InlineData(11, 10, ResponseRateUnknown.MoreRatingsThanScans)]
    [InlineData(17_615, 3, ResponseRateUnknown.MoreRatingsThanScans)]
    [InlineData(20, 0, ResponseRateUnknown.NoScans)]
    public void ResponseRateFrom_NoShareToGive_IsUnknownWithItsReason(int responses, long scans, ResponseRateUnknown reason)
    {
        var rate = ResponseRate.From(responses, scans);

        Assert.Null(rate.Rate);
        Assert.Equal(reason, rate.Unknown);
    }

    [Fact]
    public async Task SummaryAsync_NoScans_HasNoResponseRate()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        await context.Rows.QuickRatings(March, justice, 20, 0, 0).SaveAsync();

        var summary = await context.FiguresAsync(f => f.SummaryAsync(WholeMarch));

        Assert.Null(summary.ResponseRate.Rate);
        Assert.Equal(ResponseRateUnknown.NoScans, summary.ResponseRate.Unknown);
    }

    [Fact]
    public async Task SummaryAsync_FullForms_CriterionElementAndSipasIndices()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        // Every criterion of E1..E5 has 8, 6, 9, 7, 5 answers of 4 out of 10 valid (and 2 "không áp dụng"):
        // criterion and element indices 0.8, 0.6, 0.9, 0.7, 0.5; SIPAS-style index their mean 0.7.
        var satisfied = new Dictionary<string, int> { ["E1"] = 8, ["E2"] = 6, ["E3"] = 9, ["E4"] = 7, ["E5"] = 5 };
        foreach (var criterion in SipasForm.Criteria)
        {
            var s = satisfied[criterion.ElementCode];
            context.Rows.Criterion(March, justice, criterion.Number, new AnswerCounts(0, 0, 10 - s, s, 0, notApplicable: 2));
        }
        await context.Rows.SaveAsync();

        var sipas = (await context.FiguresAsync(f => f.SummaryAsync(WholeMarch))).Sipas;

        Assert.Equal(0.7, sipas.Index.Value, Tolerance);
        Assert.Equal(10, sipas.Answers);
        Assert.Equal([0.8, 0.6, 0.9, 0.7, 0.5], sipas.Elements.Select(e => e.Index.Value), (a, b) => Math.Abs(a - b) < Tolerance);
        var first = sipas.Elements[0].Criteria[0];
        Assert.Equal(10, first.Answers);
        Assert.Equal(2, first.Distribution.Value.NotApplicable);
        // prop.test(8, 10, correct = FALSE)$conf.int = 0.4901625 0.9433178.
        Assert.Equal(0.490163, first.Index.Value.Lower, Tolerance);
        Assert.Equal(0.943318, first.Index.Value.Upper, Tolerance);
    }

    [Fact]
    public async Task SummaryAsync_CriterionAnswers_MeanScoreWithTInterval()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        // Answers 2, 2, 4, 4, 4, 4, 5, 5, 5, 5: mean 4, Σ(x − x̄)² = 4 + 4 + 4·1 = 12, s = √(12/9) = 1.154701;
        // t(0.975, 9) = 2.262157 (t table; R qt(0.975, 9)); half-width 2.262157·1.154701/√10 = 0.826022.
        await context.Rows.Criterion(March, justice, 10, new AnswerCounts(0, 2, 0, 4, 4)).SaveAsync();

        var summary = await context.FiguresAsync(f => f.SummaryAsync(WholeMarch));

        var mean = summary.Sipas.Elements[2].Criteria.Single(c => c.Criterion.Number == 10).Mean.Value;
        Assert.Equal(4, mean.Mean, Tolerance);
        Assert.Equal(4 - 0.826022, mean.Lower, Tolerance);
        Assert.Equal(4 + 0.826022, mean.Upper, Tolerance);
    }

    [Fact]
    public async Task SummaryAsync_CompleteCases_CronbachAlphaAndElementMeanScore()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        // The textbook five cases of CronbachAlphaTests (alpha 6/7) twice over: doubling every case scales each
        // variance by the same factor, so alpha stays 6/7, now on 10 complete cases.
        int[][] cases = [[4, 5, 4], [3, 4, 3], [5, 5, 4], [2, 3, 3], [4, 4, 5]];
        await context.Rows.CompleteCases(March, justice, 4, [.. cases, .. cases]).SaveAsync();

        var element = (await context.FiguresAsync(f => f.SummaryAsync(WholeMarch))).Sipas.Elements[3];

        Assert.Equal("E4", element.Element.Code);
        Assert.Equal(10, element.Reliability.CompleteCases);
        Assert.Equal(6.0 / 7.0, element.Reliability.Alpha.Value.Value, Tolerance);
        // Per-respondent mean score T/3: Σ T = 116 over 10 cases → 3.866667; Var(T) = (1396 − 116²/10)/9 = 5.6,
        // s(T/3) = √5.6/3 = 0.788811; half-width 2.262157·0.788811/√10 = 0.564282.
        Assert.Equal(3.866667, element.Mean.Value.Mean, Tolerance);
        Assert.Equal(3.866667 - 0.564282, element.Mean.Value.Lower, Tolerance);
        Assert.Equal(3.866667 + 0.564282, element.Mean.Value.Upper, Tolerance);
    }

    [Fact]
    public async Task SummaryAsync_NineCompleteCases_AlphaSuppressed()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        int[][] cases = [[4, 5, 4], [3, 4, 3], [5, 5, 4], [2, 3, 3], [4, 4, 5], [4, 5, 4], [3, 4, 3], [5, 5, 4], [2, 3, 3]];
        await context.Rows.CompleteCases(March, justice, 4, cases).SaveAsync();

        var element = (await context.FiguresAsync(f => f.SummaryAsync(WholeMarch))).Sipas.Elements[3];

        Assert.Equal(9, element.Reliability.CompleteCases);
        Assert.True(element.Reliability.Alpha.IsSuppressed);
        Assert.True(element.Mean.IsSuppressed);
    }

    [Fact]
    public async Task MonthlyTrendAsync_FourMonths_SlopeStandardErrorAndPValueOfThePublishedMonths()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        // 80, 82, 81, 85 satisfied of 100 in January..April (TrendLineTests by hand: slope 1.4 points, SE 0.648074,
        // p 0.163340), here as shares: slope 0.014 per month. May has 5 ratings: suppressed and left out of the line.
        var january = new DateOnly(2026, 1, 1);
        int[] satisfied = [80, 82, 81, 85];
        for (var month = 0; month < satisfied.Length; month++)
        {
            context.Rows.QuickRatings(january.AddMonths(month).AddDays(14), justice, 0, satisfied[month], 100 - satisfied[month]);
        }
        await context.Rows.QuickRatings(new DateOnly(2026, 5, 3), justice, 0, 0, 5).SaveAsync();

        var trend = await context.FiguresAsync(f => f.MonthlyTrendAsync(new SatisfactionFilter(january, new DateOnly(2026, 6, 30))));

        Assert.Equal(6, trend.Months.Count);
        Assert.Equal(new DateOnly(2026, 5, 1), trend.Months[4].Month);
        Assert.True(trend.Months[4].QuickRating.Index.IsSuppressed);
        Assert.Equal(0, trend.Months[5].QuickRating.Answers);
        Assert.Equal(0.014, trend.Line!.Slope, Tolerance);
        Assert.Equal(0.00648074, trend.Line.StandardError, Tolerance);
        Assert.Equal(0.163340, trend.Line.PValue, Tolerance);
    }

    [Fact]
    public async Task CompareAsync_FourCountersAndASmallOne_MarksOnlySignificantDifferences()
    {
        var context = await NewContextAsync();
        // Satisfied of 100: A 90, B 60, C 80, D 90 (ChiSquareTestTests). Overall X² = 6.25 + 25 + 0 + 6.25 = 37.5 on
        // 3 df. Holm: B is worse than A, C and D (B–C 0.002028·4 = 0.0081); A–C (0.0477 raw) is not a difference.
        // E has 5 ratings: shown as suppressed, never compared.
        string[] codes = ["TT_TINH-TP", "TT_TINH-NNMT", "TT_TINH-XD", "TT_TINH-TC"];
        int[] satisfied = [90, 60, 80, 90];
        for (var i = 0; i < codes.Length; i++)
        {
            context.Rows.QuickRatings(March, await context.CounterAsync(codes[i]), 0, satisfied[i], 100 - satisfied[i]);
        }
        var small = await SmallCounterAsync(context);
        await context.Rows.QuickRatings(March, small.Place, 0, 0, 5).SaveAsync();

        var comparison = await context.FiguresAsync(f => f.CompareAsync(WholeMarch, SatisfactionScope.Counter));

        Assert.True(comparison.UnitsDiffer);
        Assert.Equal(37.5, comparison.Test.Statistic, Tolerance);
        Assert.Equal(3, comparison.Test.DegreesOfFreedom);
        Assert.Equal(5, comparison.Units.Count);
        ComparedUnit Unit(string code) => comparison.Units.Single(u => u.Unit.Code == code);
        Assert.Equal(["TT_TINH-TC", "TT_TINH-TP", "TT_TINH-XD"], Unit("TT_TINH-NNMT").WorseThan.Select(u => u.Code).Order());
        Assert.Empty(Unit("TT_TINH-NNMT").BetterThan);
        Assert.Equal(["TT_TINH-NNMT"], Unit("TT_TINH-TP").BetterThan.Select(u => u.Code));
        Assert.Empty(Unit("TT_TINH-TP").WorseThan);
        Assert.Equal(["TT_TINH-NNMT"], Unit("TT_TINH-XD").BetterThan.Select(u => u.Code));
        var smallUnit = Unit(small.Code);
        Assert.True(smallUnit.QuickRating.Index.IsSuppressed);
        Assert.Empty(smallUnit.BetterThan);
        Assert.Empty(smallUnit.WorseThan);
        Assert.Equal(6, comparison.Pairs.Count);
    }

    [Fact]
    public async Task CompareAsync_SmallDifference_MarksNoUnit()
    {
        var context = await NewContextAsync();
        // 50/100 against 55/100: X² = 0.5 on 1 df, p = 0.48; nobody is better or worse.
        await context.Rows
            .QuickRatings(March, await context.CounterAsync("TT_TINH-TP"), 0, 50, 50)
            .QuickRatings(March, await context.CounterAsync("TT_TINH-XD"), 0, 55, 45)
            .SaveAsync();

        var comparison = await context.FiguresAsync(f => f.CompareAsync(WholeMarch, SatisfactionScope.Counter));

        Assert.False(comparison.UnitsDiffer);
        Assert.Equal(0.5013, comparison.Test.Statistic, 1e-3);
        Assert.Empty(comparison.Pairs);
        Assert.All(comparison.Units, u => Assert.Empty(u.BetterThan.Concat(u.WorseThan)));
    }

    [Fact]
    public async Task CompareAsync_ByCenter_GroupsCountersOfEachCenter()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        var construction = await context.CounterAsync("TT_TINH-XD");
        await context.Rows.QuickRatings(March, justice, 0, 10, 0).QuickRatings(March, construction, 0, 5, 5).SaveAsync();

        var comparison = await context.FiguresAsync(f => f.CompareAsync(WholeMarch, SatisfactionScope.Center));

        var center = Assert.Single(comparison.Units);
        Assert.Equal("TT_TINH", center.Unit.Code);
        Assert.Equal(20, center.QuickRating.Answers);
        Assert.False(comparison.Test.IsTested);
    }

    [Fact]
    public async Task LeagueTableAsync_FewHappyAnswers_DoNotOutrankManyGoodOnes()
    {
        var context = await NewContextAsync();
        // X 480/500 (0.96), Y 10/10 (raw 1.0), Z 300/400; W 3/3 is too small to rank. The fitted prior (about
        // Beta(52, 8)) pulls Y to about 0.89, below X's 0.95.
        var x = await context.CounterAsync("TT_TINH-TP");
        var y = await context.CounterAsync("TT_TINH-XD");
        var z = await context.CounterAsync("TT_TINH-TC");
        var w = await context.CounterAsync("TT_TINH-NNMT");
        await context.Rows
            .QuickRatings(March, x, 0, 480, 20).QuickRatings(March, y, 10, 0, 0)
            .QuickRatings(March, z, 0, 300, 100).QuickRatings(March, w, 3, 0, 0)
            .SaveAsync();

        var table = await context.FiguresAsync(f => f.LeagueTableAsync(WholeMarch));

        Assert.Equal(["TT_TINH-TP", "TT_TINH-XD", "TT_TINH-TC", "TT_TINH-NNMT"], table.Rows.Select(r => r.Unit.Code));
        Assert.Equal([1, 2, 3, null], table.Rows.Select(r => r.Rank));
        Assert.Equal(1.0, table.Rows[1].QuickRating.Index.Value.Estimate);
        Assert.InRange(table.Rows[1].Shrunk.Value, 0.85, 0.92);
        Assert.True(table.Rows[3].Shrunk.IsSuppressed);
        Assert.True(table.Rows[3].QuickRating.Index.IsSuppressed);
    }

    [Fact]
    public async Task HeatMapAsync_HourlyCounts_ByLocalWeekdayAndHour()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        // 2026-03-02 and 2026-03-09 are Mondays, 2026-03-03 a Tuesday.
        await context.Rows
            .Hourly(new DateOnly(2026, 3, 2), 9, justice, 8, 6)
            .Hourly(new DateOnly(2026, 3, 9), 9, justice, 4, 3)
            .Hourly(new DateOnly(2026, 3, 3), 14, justice, 4, 4)
            .SaveAsync();

        var map = await context.FiguresAsync(f => f.HeatMapAsync(WholeMarch));

        Assert.Equal(7 * 24, map.Cells.Count);
        Assert.Equal(DayOfWeek.Monday, map.Cells[0].Weekday);
        var mondayNine = map.Cell(DayOfWeek.Monday, 9);
        Assert.Equal(12, mondayNine.Responses);
        Assert.Equal(0.75, mondayNine.Satisfaction.Value.Estimate, Tolerance);
        var tuesdayTwo = map.Cell(DayOfWeek.Tuesday, 14);
        Assert.Equal(4, tuesdayTwo.Responses);
        Assert.True(tuesdayTwo.Satisfaction.IsSuppressed);
    }

    [Fact]
    public async Task MonthlyByUnitAsync_Centers_EachCentersMonthsInOneResult()
    {
        var context = await NewContextAsync();
        var justice = await context.CounterAsync("TT_TINH-TP");
        var small = await SmallCounterAsync(context);
        await context.Rows
            .QuickRatings(March, justice, 5, 10, 5).QuickRatings(March.AddMonths(1), justice, 0, 10, 0)
            .QuickRatings(March, small.Place, 1, 1, 1)
            .SaveAsync();

        var units = await context.FiguresAsync(f => f.MonthlyByUnitAsync(new SatisfactionFilter(March, new DateOnly(2026, 4, 30)), SatisfactionScope.Center));

        var province = units.Single(u => u.Unit.Code == "TT_TINH");
        Assert.Equal(30, province.Period.Answers);
        Assert.Equal([20, 10], province.Trend.Months.Select(m => m.QuickRating.Answers));
        Assert.Equal(0.75, province.Trend.Months[0].QuickRating.Index.Value.Estimate, Tolerance);
        var other = units.Single(u => u.Unit.Id == small.Place.CenterId);
        Assert.True(other.Period.Index.IsSuppressed);
    }

    [Fact]
    public async Task CommentsAsync_Period_NewestFirstWithoutFlaggedAndWithLocalDayOnly()
    {
        var context = await NewContextAsync();
        await using (var db = TestDatabase.CreateDbContext(context.ConnectionString))
        {
            var touchpoint = await db.Touchpoints.Include(t => t.Counter).FirstAsync(t => t.Counter != null && t.RevokedAt == null);
            SurveyResponse Response(DateTimeOffset at, string comment, bool flagged = false) => new()
            {
                Id = Guid.NewGuid(),
                FormVersion = 1,
                TouchpointId = touchpoint.Id,
                CenterId = touchpoint.CenterId,
                CounterId = touchpoint.CounterId,
                DepartmentId = touchpoint.Counter!.DepartmentId,
                Channel = "web",
                SubmittedAt = at,
                QuickRating = QuickRating.Satisfied,
                Comment = comment,
                Flagged = flagged,
            };
            db.SurveyResponses.AddRange(
                // 31 March 18:30 UTC is 1 April 01:30 in Vietnam: outside March.
                Response(new DateTimeOffset(2026, 3, 31, 18, 30, 0, TimeSpan.Zero), "Tháng Tư"),
                Response(new DateTimeOffset(2026, 3, 31, 16, 30, 0, TimeSpan.Zero), "Cuối tháng"),
                Response(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero), "Đầu tháng"),
                Response(new DateTimeOffset(2026, 3, 5, 2, 0, 0, TimeSpan.Zero), "Gửi hàng loạt", flagged: true));
            await db.SaveChangesAsync();
        }

        var comments = await context.FiguresAsync(f => f.CommentsAsync(WholeMarch));

        Assert.Equal(["Cuối tháng", "Đầu tháng"], comments.Select(c => c.Comment));
        Assert.Equal(new DateOnly(2026, 3, 31), comments[0].Day);
    }

    private static Task CountedResponsesAsync(Context context, Place place, int touchpointId, DateOnly day, string channel, int count, bool counted = true) =>
        TestResponses.AddCountedAsync(context.ConnectionString, place, touchpointId, day, channel, count, counted);

    private static async Task<int> TouchpointOfAsync(Context context, int counterId)
    {
        await using var db = TestDatabase.CreateDbContext(context.ConnectionString);
        return await db.Touchpoints.Where(t => t.CounterId == counterId && t.RevokedAt == null).Select(t => t.Id).SingleAsync();
    }

    /// <summary>A counter of another center than TT_TINH.</summary>
    private static async Task<(Place Place, string Code)> SmallCounterAsync(Context context)
    {
        await using var db = TestDatabase.CreateDbContext(context.ConnectionString);
        var counter = await db.Counters.AsNoTracking().OrderBy(c => c.Code).FirstAsync(c => c.Center.Code != "TT_TINH");
        return (Place.Of(counter), counter.Code);
    }
}
