using System.Text.Json;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Petitions.FollowUp;

public class CitizenFollowUpTests : IAsyncLifetime
{
    private const string Reason = "Câu trả lời chưa nói khi nào quầy có thêm cán bộ.";
    private FollowUpDatabase _database = null!;
    private int _departmentId;

    public async Task InitializeAsync()
    {
        _database = await FollowUpDatabase.CreateAsync();
        await using var db = _database.NewDbContext();
        _departmentId = await db.Departments.Where(d => d.Code == "SO_TP").Select(d => d.Id).SingleAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private DateTimeOffset Now => _database.Clock.GetUtcNow();

    private Task<Petition> AnsweredAsync(DateTimeOffset answeredAt, PetitionKind kind = PetitionKind.PhanAnh, PetitionStatus status = PetitionStatus.Answered)
    {
        var petition = TestPetitions.New(status, answeredAt.AddDays(-5), kind: kind).Answered(answeredAt);
        petition.DepartmentId = _departmentId;
        return _database.InsertAsync(petition);
    }

    private Task<FollowUpOutcome> ReopenAsync(Petition petition, string reason = Reason) =>
        _database.WithAsync<FollowUpOutcome, CitizenFollowUp>(f => f.ReopenAsync(petition.TrackingCode.ToLowerInvariant(), reason));

    private Task<FollowUpOutcome> RateAsync(Petition petition, bool satisfied) =>
        _database.WithAsync<FollowUpOutcome, CitizenFollowUp>(f => f.RateAsync(petition.TrackingCode, satisfied));

    private async Task<Petition> StoredAsync(Petition petition)
    {
        await using var db = _database.NewDbContext();
        return await db.Petitions.AsNoTracking().SingleAsync(p => p.Id == petition.Id);
    }

    private async Task<List<PetitionEvent>> EventsAsync(Petition petition, PetitionEventKind kind)
    {
        await using var db = _database.NewDbContext();
        return await db.PetitionEvents.AsNoTracking().Where(e => e.PetitionId == petition.Id && e.Kind == kind).ToListAsync();
    }

    [Fact]
    public async Task ReopenAsync_WithinFifteenDays_GoesBackToTheDepartmentWithTheReasonANewDeadlineAndADissatisfiedVerdict()
    {
        var petition = await AnsweredAsync(Now.AddDays(-3));

        var outcome = await ReopenAsync(petition);

        Assert.Equal(FollowUpOutcome.Done, outcome);
        var stored = await StoredAsync(petition);
        Assert.Equal(PetitionStatus.Routed, stored.Status);
        Assert.Equal(_departmentId, stored.DepartmentId);
        Assert.Equal(Now, stored.ReopenedAt);
        Assert.Equal(Reason, stored.ReopenReason);
        Assert.False(stored.AnswerSatisfied);
        // Wednesday 25/11/2026 plus ten working days: Wednesday 9/12/2026, until midnight in Vietnam.
        Assert.Equal(VietnamTime.EndOf(new DateOnly(2026, 12, 9)), stored.DueAt);
        var reopened = Assert.Single(await EventsAsync(petition, PetitionEventKind.Reopened));
        Assert.Equal((CitizenFollowUp.Actor, Reason), (reopened.Actor, reopened.Reason));
    }

    [Theory]
    [InlineData(-1, FollowUpOutcome.Done)]
    [InlineData(0, FollowUpOutcome.TooLate)]
    public async Task ReopenAsync_AroundTheEndOfTheFifteenthDay_IsAllowedUntilMidnightInVietnam(int secondsFromTheEnd, FollowUpOutcome expected)
    {
        // Answered at 16:00 in Vietnam on 10/11: the right ends at 24:00 on 25/11.
        var petition = await AnsweredAsync(new DateTimeOffset(2026, 11, 10, 16, 0, 0, TimeSpan.FromHours(7)));
        _database.Clock.SetUtcNow(VietnamTime.EndOf(new DateOnly(2026, 11, 25)).AddSeconds(secondsFromTheEnd).ToUniversalTime());

        var outcome = await ReopenAsync(petition);

        Assert.Equal(expected, outcome);
        Assert.Equal(expected == FollowUpOutcome.Done, (await StoredAsync(petition)).ReopenedAt is not null);
    }

    [Fact]
    public async Task ReopenAsync_ASecondTime_IsRefusedAsAlreadyReopened()
    {
        var petition = await AnsweredAsync(Now.AddDays(-1));
        Assert.Equal(FollowUpOutcome.Done, await ReopenAsync(petition));
        await using (var db = _database.NewDbContext())
        {
            // The department answers again: the petition is answered, but its one reopening is spent.
            await db.Petitions.Where(p => p.Id == petition.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PetitionStatus.Answered));
        }

        var again = await ReopenAsync(petition, "Vẫn chưa hài lòng với câu trả lời thứ hai.");

        Assert.Equal(FollowUpOutcome.AlreadyReopened, again);
        Assert.Single(await EventsAsync(petition, PetitionEventKind.Reopened));
    }

    [Fact]
    public async Task ReopenAsync_TwoClicksAtOnce_ReopenOnce()
    {
        var petition = await AnsweredAsync(Now.AddDays(-1));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ReopenAsync(petition)));

        Assert.Single(outcomes, o => o == FollowUpOutcome.Done);
        Assert.All(outcomes.Where(o => o != FollowUpOutcome.Done), o => Assert.Equal(FollowUpOutcome.AlreadyReopened, o));
        Assert.Single(await EventsAsync(petition, PetitionEventKind.Reopened));
    }

    [Theory]
    [InlineData(PetitionKind.KhieuNai, PetitionStatus.Answered, FollowUpOutcome.NotForThisKind)]
    [InlineData(PetitionKind.ToCao, PetitionStatus.Closed, FollowUpOutcome.NotForThisKind)]
    [InlineData(PetitionKind.PhanAnh, PetitionStatus.Accepted, FollowUpOutcome.NoAnswer)]
    [InlineData(PetitionKind.GopY, PetitionStatus.Closed, FollowUpOutcome.Done)]
    public async Task ReopenAsync_ByKindAndStatus_FollowsTheRules(PetitionKind kind, PetitionStatus status, FollowUpOutcome expected)
    {
        var petition = await AnsweredAsync(Now.AddDays(-2), kind, status);

        Assert.Equal(expected, await ReopenAsync(petition));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ngắn   ")]
    public async Task ReopenAsync_WithoutAReason_IsRefusedAndNothingChanges(string reason)
    {
        var petition = await AnsweredAsync(Now.AddDays(-2));

        Assert.Equal(FollowUpOutcome.ReasonInvalid, await ReopenAsync(petition, reason));
        Assert.Equal(PetitionStatus.Answered, (await StoredAsync(petition)).Status);
    }

    [Fact]
    public async Task ReopenAsync_UnknownCode_IsNotFound()
    {
        Assert.Equal(FollowUpOutcome.NotFound, await ReopenAsync(TestPetitions.New(PetitionStatus.Answered, Now)));
    }

    [Fact]
    public async Task RateAsync_Once_RecordsTheVerdictAndAnEventAndASecondRatingIsRefused()
    {
        var petition = await AnsweredAsync(Now.AddDays(-20));

        var first = await RateAsync(petition, satisfied: true);
        var second = await RateAsync(petition, satisfied: false);

        Assert.Equal((FollowUpOutcome.Done, FollowUpOutcome.AlreadyRated), (first, second));
        var stored = await StoredAsync(petition);
        Assert.True(stored.AnswerSatisfied);
        Assert.Equal(Now, stored.AnswerRatedAt);
        var rated = Assert.Single(await EventsAsync(petition, PetitionEventKind.Rated));
        Assert.True(JsonDocument.Parse(rated.Data!).RootElement.GetProperty("satisfied").GetBoolean());
    }

    [Fact]
    public async Task RateAsync_BeforeTheAnswer_IsRefused()
    {
        var petition = await _database.InsertAsync(TestPetitions.New(PetitionStatus.Routed, Now.AddDays(-1)));

        Assert.Equal(FollowUpOutcome.NoAnswer, await RateAsync(petition, satisfied: true));
    }

    [Fact]
    public async Task TimelineAsync_History_ShowsPublicStepsInOrderAndNothingInternal()
    {
        var petition = await AnsweredAsync(Now.AddDays(-1));
        await using (var db = _database.NewDbContext())
        {
            db.PetitionEvents.AddRange(
                petition.Event(PetitionEventKind.Received, Now.AddDays(-5), "citizen"),
                petition.Event(PetitionEventKind.Routed, Now.AddDays(-5).AddMinutes(1), "system:routing"),
                petition.Event(PetitionEventKind.Escalated, Now.AddDays(-3), "system:escalation"),
                petition.Event(PetitionEventKind.Supported, Now.AddDays(-3), "citizen"),
                petition.Event(PetitionEventKind.Answered, Now.AddDays(-1), "can.bo@stp.quangtri.gov.vn", "Đã bố trí thêm cán bộ"));
            await db.SaveChangesAsync();
        }

        var timeline = await _database.WithAsync<IReadOnlyList<PublicEvent>, CitizenFollowUp>(f => f.TimelineAsync(petition.Id));

        Assert.Equal([PetitionEventKind.Received, PetitionEventKind.Routed, PetitionEventKind.Answered], timeline.Select(e => e.Kind));
        Assert.Equal(Now.AddDays(-1), timeline[^1].At);
    }
}
