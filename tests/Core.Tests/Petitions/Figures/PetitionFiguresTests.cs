using System.Security.Claims;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Figures;
using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CchcFeedback.Core.Tests.Petitions.Figures;

public class PetitionFiguresTests : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly SatisfactionFilter March = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));
    private static readonly DateOnly MarchMonth = new(2026, 3, 1);

    private readonly DatabaseFixture _database;
    private ServiceProvider _services = null!;
    private int _justice;
    private int _construction;

    public PetitionFiguresTests(DatabaseFixture database) => _database = database;

    private static DateTimeOffset On(int month, int day, int hour = 9) => new(2026, month, day, hour, 0, 0, Vietnam);

    private static DateTimeOffset EndOf(int month, int day) => VietnamTime.EndOf(new DateOnly(2026, month, day));

    /// <summary>
    /// March 2026 for the Department of Justice (SO_TP) and of Construction (SO_XD), seen on 15 April:
    /// 1 answered on time in 3 working days; 2 answered late (13 working days), overdue on 17 March; 3 still open,
    /// overdue on 24 March; 4 answered on time in 3 working days and reopened; 5 routed to SO_XD, returned, routed
    /// to SO_TP and answered the next working day; 6 transferred from SO_TP to SO_XD, overdue there on 27 March;
    /// 7 routed in April.
    /// </summary>
    public async Task InitializeAsync()
    {
        _services = CoreServices.For(_database.ConnectionString,
            configure: s => s.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(On(4, 15, 10).ToUniversalTime()))));
        await using var db = _database.CreateDbContext();
        _justice = await db.Departments.Where(d => d.Code == "SO_TP").Select(d => d.Id).SingleAsync();
        _construction = await db.Departments.Where(d => d.Code == "SO_XD").Select(d => d.Id).SingleAsync();
        if (await db.Petitions.AnyAsync())
        {
            return; // the class's database already holds them
        }
        Petition Answered(int department, DateTimeOffset routed, DateTimeOffset due, DateTimeOffset? answered)
        {
            var petition = TestPetitions.Routed(department, routed, due);
            if (answered is { } at)
            {
                petition.Status = PetitionStatus.Answered;
                petition.AnsweredAt = at.ToUniversalTime();
            }
            db.Petitions.Add(petition);
            return petition;
        }
        var routedTo = (Petition p, string code, DateTimeOffset at) => db.PetitionEvents.Add(TestPetitions.Event(p.Id, PetitionEventKind.Routed, at, new { department = code }));

        var p1 = Answered(_justice, On(3, 2), EndOf(3, 16), On(3, 5, 10));
        var p2 = Answered(_justice, On(3, 3), EndOf(3, 17), On(3, 20));
        var p3 = Answered(_justice, On(3, 10), EndOf(3, 24), null);
        var p4 = Answered(_justice, On(3, 25), EndOf(4, 8), On(3, 30));
        p4.AnswerSatisfied = false; // reopened on 2 April: a reopening records "not satisfied"
        var p5 = Answered(_justice, On(3, 5), EndOf(3, 19), On(3, 6));
        var p6 = Answered(_construction, On(3, 13), EndOf(3, 27), null);
        var p7 = Answered(_justice, On(4, 1), EndOf(4, 15), null);
        await db.SaveChangesAsync();
        foreach (var (petition, day) in new[] { (p1, 2), (p2, 3), (p3, 10), (p4, 25), (p6, 12) })
        {
            routedTo(petition, "SO_TP", On(3, day));
        }
        routedTo(p5, "SO_XD", On(3, 4));
        db.PetitionEvents.Add(TestPetitions.Event(p5.Id, PetitionEventKind.Returned, On(3, 5, 8), new { department = "SO_XD" }));
        routedTo(p5, "SO_TP", On(3, 5));
        db.PetitionEvents.Add(TestPetitions.Event(p6.Id, PetitionEventKind.Transferred, On(3, 13), new { from = "SO_TP", to = "SO_XD" }));
        db.PetitionEvents.Add(TestPetitions.Event(p4.Id, PetitionEventKind.Reopened, On(4, 2)));
        routedTo(p7, "SO_TP", On(4, 1));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    private async Task<PetitionFiguresReport> FiguresAsync(SatisfactionFilter filter, DepartmentScope scope)
    {
        await using var serviceScope = _services.CreateAsyncScope();
        return await serviceScope.ServiceProvider.GetRequiredService<PetitionFigures>().MonthlyAsync(filter, scope);
    }

    private static DepartmentScope StaffOf(int department) => DepartmentScope.For(new ClaimsPrincipal(new ClaimsIdentity(
        [new Claim(ClaimTypes.Role, StaffRoles.DepartmentStaff), new Claim(StaffClaimTypes.Department, department.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        "test")));

    [Fact]
    public async Task MonthlyAsync_MarchForEveryDepartment_CountsEachFigureByItsOwnDate()
    {
        var report = await FiguresAsync(March, DepartmentScope.Everything);

        var justice = Assert.Single(report.Rows, r => r.DepartmentCode == "SO_TP");
        Assert.Equal(MarchMonth, justice.Month);
        Assert.Equal(
            (6, 4, 3, 2, 0, 1, 1),
            (justice.Received, justice.Answered, justice.AnsweredOnTime, justice.Overdue, justice.Returned, justice.Transferred, justice.DissatisfiedReplies));
        Assert.Equal(3.0, justice.MedianWorkingDaysToAnswer); // 1, 3, 3 and 13 working days
        Assert.Equal(0.75, justice.OnTimeRatio);
        Assert.Equal(0.75, justice.SatisfiedRatio);
        var construction = Assert.Single(report.Rows, r => r.DepartmentCode == "SO_XD");
        Assert.Equal(
            (2, 0, 1, 1, 0),
            (construction.Received, construction.Answered, construction.Overdue, construction.Returned, construction.Transferred));
        Assert.Null(construction.MedianWorkingDaysToAnswer);
        Assert.Null(construction.OnTimeRatio);
        Assert.Equal(2, report.Rows.Count);
        Assert.Equal((8, 4, 3, 3, 1, 1, 3.0), (report.Total.Received, report.Total.Answered, report.Total.AnsweredOnTime, report.Total.Overdue,
            report.Total.Returned, report.Total.Transferred, report.Total.MedianWorkingDaysToAnswer));
    }

    [Fact]
    public async Task MonthlyAsync_DepartmentStaff_SeeOnlyTheirDepartmentWhateverTheFilterSays()
    {
        var own = await FiguresAsync(March, StaffOf(_construction));
        var other = await FiguresAsync(March with { DepartmentId = _justice }, StaffOf(_construction));

        Assert.Equal(["SO_XD"], own.Rows.Select(r => r.DepartmentCode));
        Assert.Equal(2, own.Total.Received);
        Assert.Empty(other.Rows);
        Assert.Equal(0, other.Total.Received);
    }

    [Fact]
    public async Task MonthlyAsync_MarchAndApril_OneRowPerDepartmentAndMonth()
    {
        var report = await FiguresAsync(new SatisfactionFilter(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 30)) { DepartmentId = _justice }, DepartmentScope.Everything);

        Assert.Equal([(MarchMonth, "SO_TP"), (new DateOnly(2026, 4, 1), "SO_TP")], report.Rows.Select(r => (r.Month!.Value, r.DepartmentCode!)));
        var april = report.Rows[1];
        Assert.Equal((1, 0, 0), (april.Received, april.Answered, april.Overdue)); // 7's deadline, 15 April, has not passed at 10:00
    }
}
