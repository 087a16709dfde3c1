using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Figures;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Tests.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Reports;

/// <summary>
/// A statistics database seen on 1 April 2026 at 06:00 (Vietnam), with raw responses rolled up as the job does:
/// in March, 40 ratings at the Justice counter of the provincial center (36 satisfied, 20 full forms with
/// expectations and comments), 30 at the Construction counter of its Đông Hà branch (15 satisfied) and 7 at a
/// ward's counter (a small cell); in February, 30 at the Justice counter (15 satisfied); and two petitions to the
/// Department of Justice in March, one answered on time.
/// </summary>
public sealed class ReportDatabase : IAsyncDisposable
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    public static readonly DateTimeOffset Now = new(2026, 4, 1, 6, 0, 0, Vietnam);
    public static readonly ReportPeriod March = ReportPeriod.Month(2026, 3);

    private ReportDatabase(StatisticsDatabase statistics) => Statistics = statistics;

    public StatisticsDatabase Statistics { get; }

    public ResponsePlace Justice => Place("TT_TINH-TP");

    public ResponsePlace Construction => Place("TT_TINH_DH-XD");

    public ResponsePlace Ward => Place("TT_DONGHA-HTCT");

    public static async Task<ReportDatabase> CreateAsync(bool seedMarch = true)
    {
        var database = new ReportDatabase(await StatisticsDatabase.CreateAsync(Now.ToUniversalTime()));
        if (seedMarch)
        {
            await database.SeedMarchAsync();
        }
        return database;
    }

    public ResponsePlace Place(string counterCode) => Statistics.Places.Single(p => p.CounterCode == counterCode);

    public static DateTimeOffset On(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, Vietnam);

    /// <summary><paramref name="satisfied"/> "Hài lòng" and the rest "Không hài lòng", an hour apart from <paramref name="start"/>.</summary>
    public static IEnumerable<SurveyResponse> Ratings(ResponsePlace place, DateTimeOffset start, int total, int satisfied) =>
        Enumerable.Range(0, total).Select(i => StatisticsDatabase.Response(place, start.AddMinutes(17 * i),
            i < satisfied ? QuickRating.Satisfied : QuickRating.Dissatisfied));

    public async Task AddAsync(IEnumerable<SurveyResponse> responses)
    {
        await Statistics.InsertAsync(responses);
        await Statistics.RollupAsync();
    }

    public async Task<ReportDocuments> BuildAsync(ReportPeriod period, ReportScope scope)
    {
        await using var services = Statistics.Services.CreateAsyncScope();
        return await services.ServiceProvider.GetRequiredService<IReportBuilder>().BuildAsync(period, scope);
    }

    public async Task<T> FiguresAsync<T>(Func<SatisfactionFigures, Task<T>> read)
    {
        await using var services = Statistics.Services.CreateAsyncScope();
        return await read(services.ServiceProvider.GetRequiredService<SatisfactionFigures>());
    }

    public async Task<PetitionFiguresReport> PetitionFiguresAsync(SatisfactionFilter filter)
    {
        await using var services = Statistics.Services.CreateAsyncScope();
        return await services.ServiceProvider.GetRequiredService<PetitionFigures>().MonthlyAsync(filter, DepartmentScope.Everything);
    }

    public async Task<int> DepartmentIdAsync(string code)
    {
        await using var db = Statistics.NewDbContext();
        return await db.Departments.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
    }

    private async Task SeedMarchAsync()
    {
        var forms = Enumerable.Range(0, 40).Select(i =>
        {
            var rating = i < 20 ? QuickRating.VerySatisfied : i < 36 ? QuickRating.Satisfied : QuickRating.Dissatisfied;
            // Every other form gives a 3 on the first criteria of the element, so the indices differ.
            short[]? answers = i % 2 == 0 ? [.. Enumerable.Range(1, 22).Select(c => (short)(c <= 4 && i % 4 == 0 ? 3 : 4 + i % 2))] : null;
            var response = StatisticsDatabase.Response(Justice, On(2026, 3, 2 + i % 25, 8 + i % 8), rating, answers);
            if (answers is not null)
            {
                response.Expectations = i % 3 == 0 ? ["shorten_time", "online_services"] : ["shorten_time"];
                response.Comment = i % 2 == 0 ? "Phải chờ đợi quá lâu, cán bộ tiếp nhận hồ sơ chậm." : null;
            }
            return response;
        });
        await AddAsync([
            .. forms,
            .. Ratings(Construction, On(2026, 3, 10), 30, 15),
            .. Ratings(Ward, On(2026, 3, 12), 7, 7),
            .. Ratings(Justice, On(2026, 2, 5), 30, 15),
        ]);
        var justice = await DepartmentIdAsync("SO_TP");
        await using var db = Statistics.NewDbContext();
        var answered = TestPetitions.Routed(justice, On(2026, 3, 3), VietnamTimeEnd(2026, 3, 17)).Answered(On(2026, 3, 6));
        answered.Status = PetitionStatus.Answered;
        var open = TestPetitions.Routed(justice, On(2026, 3, 4), VietnamTimeEnd(2026, 3, 18));
        db.Petitions.AddRange(answered, open);
        await db.SaveChangesAsync();
        db.PetitionEvents.AddRange(
            TestPetitions.Event(answered.Id, PetitionEventKind.Routed, On(2026, 3, 3), new { department = "SO_TP" }),
            TestPetitions.Event(open.Id, PetitionEventKind.Routed, On(2026, 3, 4), new { department = "SO_TP" }));
        await db.SaveChangesAsync();
    }

    private static DateTimeOffset VietnamTimeEnd(int year, int month, int day) => Core.Calendar.VietnamTime.EndOf(new DateOnly(year, month, day));

    public ValueTask DisposeAsync() => Statistics.DisposeAsync();
}
