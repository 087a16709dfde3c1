using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.DemoData;
using CchcFeedback.Core.Statistics;
using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.Tests.DemoData;

/// <summary>The demo data must tell true stories to the dashboards: each test reads one of them back from a
/// default-sized run over the sample catalog.</summary>
public class DemoResponseGeneratorTests(DemoResponseGeneratorTests.SampleRun run) : IClassFixture<DemoResponseGeneratorTests.SampleRun>
{
    public class SampleRun : IAsyncLifetime
    {
        public static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 15, 0, TimeSpan.FromHours(7));

        public IReadOnlyList<DemoPlace> Places { get; private set; } = [];
        public List<SurveyResponse> Responses { get; private set; } = [];

        public async Task InitializeAsync()
        {
            await using var db = TestDatabase.CreateDbContext(await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog));
            Places = await DemoPlaces.LoadAsync(db);
            Responses = [.. DemoResponseGenerator.Generate(Places, new DemoResponseSettings(20_000, 1, 13, Now))];
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public void Generate_DefaultRun_GivesExactlyTheNumberAskedWithUniqueIdsAndDossierCodes()
    {
        Assert.Equal(20_000, run.Responses.Count);
        Assert.Equal(run.Responses.Count, run.Responses.Select(r => r.Id).Distinct().Count());
        var dossierCodes = run.Responses.Where(r => r.DossierCode is not null).Select(r => r.DossierCode).ToList();
        Assert.InRange(dossierCodes.Count, 5_000, 12_000);
        Assert.Equal(dossierCodes.Count, dossierCodes.Distinct().Count());
        Assert.All(run.Responses, r => Assert.Equal((DemoResponseGenerator.Channel, false), (r.Channel, r.Flagged)));
    }

    [Fact]
    public void Generate_EveryResponse_PassesTheValidatorOfFormVersion1()
    {
        Assert.All(run.Responses, r =>
        {
            Assert.Empty(SurveySubmissionValidator.Validate(AsSubmission(r), SurveyFormV1.Definition));
            Assert.Equal(r.QuickRating == QuickRating.Dissatisfied, r.DissatisfactionReasons.Length > 0);
            Assert.True(r.Answers is null || r.Answers.Length == SipasForm.CriterionCount);
        });
    }

    [Fact]
    public void Generate_SameSeedTwice_GivesTheSameIdsAndADifferentSeedOthers()
    {
        var again = DemoResponseGenerator.Generate(run.Places, new DemoResponseSettings(20_000, 1, 13, SampleRun.Now)).Take(500).Select(r => (r.Id, r.QuickRating));
        var otherSeed = DemoResponseGenerator.Generate(run.Places, new DemoResponseSettings(20_000, 2, 13, SampleRun.Now)).Select(r => r.Id);

        Assert.Equal(run.Responses.Take(500).Select(r => (r.Id, r.QuickRating)), again);
        Assert.Empty(otherSeed.Intersect(run.Responses.Select(r => r.Id)));
    }

    [Theory]
    [InlineData(0, 13)]
    [InlineData(-1, 13)]
    [InlineData(100, 0)]
    public void Generate_BadSettings_Throws(long responses, int months)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoResponseGenerator.Generate(run.Places, new DemoResponseSettings(responses, 1, months, SampleRun.Now)));
    }

    [Fact]
    public void Generate_Times_FollowOfficeHoursOnWorkingDaysWithinThePeriod()
    {
        var local = run.Responses.Select(r => TimeZoneInfo.ConvertTime(r.SubmittedAt, VietnamTime.Zone)).ToList();
        var calendar = new WorkingDayCalendar();

        Assert.All(run.Responses, r => Assert.InRange(r.SubmittedAt, SampleRun.Now.AddMonths(-13).AddDays(-1), VietnamTime.StartOf(VietnamTime.DateOf(SampleRun.Now))));
        Assert.True(Share(local, t => t.Hour is < 7 or >= 20) < 0.05, "at night");
        Assert.True(Share(local, t => t.TimeOfDay >= new TimeSpan(7, 30, 0) && t.TimeOfDay < new TimeSpan(11, 30, 0)
            || t.TimeOfDay >= new TimeSpan(13, 30, 0) && t.TimeOfDay < new TimeSpan(17, 0, 0)) > 0.85, "in office hours");
        Assert.True(Share(local, t => calendar.IsWorkingDay(DateOnly.FromDateTime(t.DateTime))) > 0.9, "on working days");
        Assert.InRange(Share(local, t => t.DayOfWeek == DayOfWeek.Saturday), 0.005, 0.05);
        Assert.True(Share(local, t => t.DayOfWeek == DayOfWeek.Sunday) < 0.01, "on Sundays");
    }

    [Fact]
    public void Generate_WorseningCounter_LastSixWeeksClearlyLessSatisfiedAndTheControlChartAlerts()
    {
        var counter = run.Places.Single(p => p.CounterCode == DemoResponseGenerator.WorseningCounterCode);
        var from = VietnamTime.StartOf(DemoResponseGenerator.WorseningFrom(SampleRun.Now));
        var answers = run.Responses.Where(r => r.CounterId == counter.CounterId).ToList();

        var before = SatisfiedShare(answers.Where(r => r.SubmittedAt < from));
        var lastSixWeeks = SatisfiedShare(answers.Where(r => r.SubmittedAt >= from));

        Assert.True(lastSixWeeks < before - 0.25, $"before {before:P0}, last six weeks {lastSixWeeks:P0}");
        var weeks = Enumerable.Range(-18, 18 + DemoResponseGenerator.WorseningWeeks)
            .Select(w => Weekly(answers.Where(r => r.SubmittedAt >= from.AddDays(7 * w) && r.SubmittedAt < from.AddDays(7 * (w + 1)))))
            .ToList();
        var checks = Enumerable.Range(18, DemoResponseGenerator.WorseningWeeks).Select(w => ControlChart.Check(weeks[..w], weeks[w])).ToList();
        Assert.All(checks, c => Assert.True(c.HasEnoughAnswers, $"{c.Week.Answers} answers in a week"));
        Assert.True(checks.Count(c => c.Alert) >= 3, string.Join(", ", checks.Select(c => $"{c.Week.Share:P0} < {c.LowerLimit:P0}?")));
    }

    [Fact]
    public void Generate_Counters_DifferGenuinely()
    {
        var shares = run.Responses.Where(r => r.CounterId is not null).GroupBy(r => r.CounterId)
            .Where(g => g.Count() >= 150).Select(g => SatisfiedShare(g)).ToList();

        Assert.True(shares.Count >= 30, $"{shares.Count} busy counters");
        Assert.True(shares.Max() - shares.Min() > 0.2, $"from {shares.Min():P0} to {shares.Max():P0}");
    }

    [Fact]
    public void Generate_Province_ImprovesGentlyOverThePeriod()
    {
        var steady = run.Responses.Where(r => r.CounterId != run.Places.Single(p => p.CounterCode == DemoResponseGenerator.WorseningCounterCode).CounterId).ToList();
        var start = SampleRun.Now.AddMonths(-13);

        var firstQuarter = SatisfiedShare(steady.Where(r => r.SubmittedAt < start.AddMonths(3)));
        var lastQuarter = SatisfiedShare(steady.Where(r => r.SubmittedAt >= SampleRun.Now.AddMonths(-3)));

        Assert.InRange(lastQuarter - firstQuarter, 0.02, 0.12);
    }

    [Fact]
    public void Generate_FullForms_AboutAThirdConsistentWithTheQuickRatingWithRealisticAlpha()
    {
        var forms = run.Responses.Where(r => r.Answers is not null).ToList();

        Assert.InRange((double)forms.Count / run.Responses.Count, 0.25, 0.35);
        var meanByRating = forms.GroupBy(r => r.QuickRating).OrderBy(g => g.Key)
            .Select(g => g.SelectMany(r => r.Answers!).Where(a => a > 0).Average(a => (double)a)).ToList();
        Assert.True(meanByRating[0] < 3 && meanByRating[0] < meanByRating[1] && meanByRating[1] < meanByRating[2] && meanByRating[2] > 4,
            string.Join(" < ", meanByRating.Select(m => m.ToString("0.00"))));
        Assert.InRange(Share(forms, r => r.Answers!.Contains((short)0)), 0.2, 0.8);
        foreach (var element in SipasForm.Elements)
        {
            var complete = forms.Select(r => element.Criteria.Select(c => (double)r.Answers![c.Number - 1]).ToList())
                .Where(items => !items.Contains(0)).Cast<IReadOnlyList<double>>();
            var alpha = CronbachAlpha.FromMoments(ItemMoments.FromCases(element.Criteria.Count, complete))!;
            Assert.True(alpha.Value is >= 0.7 and <= 0.9, $"{element.Code}: alpha {alpha.Value:0.000} over {alpha.CompleteCases} cases");
        }
    }

    [Fact]
    public void Generate_FullForms_CarryVietnameseCommentsExpectationsAndSomeProfiles()
    {
        var forms = run.Responses.Where(r => r.Answers is not null).ToList();

        Assert.InRange(Share(forms, r => r.Comment is not null), 0.25, 0.6);
        Assert.Contains(forms, r => r.Comment is { } c && c.Contains("hướng dẫn", StringComparison.Ordinal));
        Assert.InRange(Share(forms, r => r.Expectations.Length > 0), 0.5, 0.95);
        Assert.InRange(Share(forms, r => r.AgeBand is not null), 0.4, 0.8);
        Assert.All(run.Responses.Where(r => r.Answers is null), r => Assert.Null(r.Comment));
    }

    [Fact]
    public void Generate_Procedures_OnlyThoseOfTheCountersFields()
    {
        var byCounter = run.Places.Where(p => p.CounterId is not null).ToDictionary(p => p.CounterId!.Value);

        Assert.All(run.Responses.Where(r => r.ProcedureId is not null),
            r => Assert.Contains(r.ProcedureId!.Value, byCounter[r.CounterId!.Value].ProcedureIds));
        Assert.True(Share(run.Responses, r => r.ProcedureId is not null) > 0.5);
    }

    private static SurveySubmission AsSubmission(SurveyResponse r) => new()
    {
        SubmissionId = r.Id,
        QuickRating = r.QuickRating,
        DissatisfactionReasons = r.DissatisfactionReasons,
        Answers = r.Answers,
        Expectations = r.Expectations,
        Comment = r.Comment,
        DossierCode = r.DossierCode,
        RespondentType = r.RespondentType,
        Gender = r.Gender,
        AgeBand = r.AgeBand,
    };

    private static double SatisfiedShare(IEnumerable<SurveyResponse> responses) =>
        Share([.. responses], r => r.QuickRating != QuickRating.Dissatisfied);

    private static WeeklyCount Weekly(IEnumerable<SurveyResponse> week)
    {
        var list = week.ToList();
        return new WeeklyCount(list.Count(r => r.QuickRating != QuickRating.Dissatisfied), list.Count);
    }

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        (double)items.Count(predicate) / items.Count;
}
