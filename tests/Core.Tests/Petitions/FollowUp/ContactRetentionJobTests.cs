using System.Text.Json;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Notifications;
using CchcFeedback.Core.Petitions.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Tests.Petitions.FollowUp;

public class ContactRetentionJobTests : IAsyncLifetime
{
    private FollowUpDatabase _database = null!;

    public async Task InitializeAsync() => _database = await FollowUpDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static DateTimeOffset Now => FollowUpDatabase.Now;

    /// <summary>A petition with contact details, closed (its latest 'closed' event) at <paramref name="closedAt"/>.</summary>
    private Task<Petition> ClosedAsync(DateTimeOffset closedAt, PetitionStatus status = PetitionStatus.Closed)
    {
        var petition = TestPetitions.New(status, closedAt.AddDays(-30)).Answered(closedAt.AddDays(-1)).WithContact(_database.Protector);
        return _database.InsertAsync(petition, petition.Event(PetitionEventKind.Closed, closedAt.AddDays(-20)), petition.Event(PetitionEventKind.Closed, closedAt));
    }

    private Task RunAsync() => _database.WithAsync<bool, ContactRetentionJob>(async job =>
    {
        await job.RunAsync(CancellationToken.None);
        return true;
    });

    private async Task<bool> HasContactAsync(Petition petition)
    {
        await using var db = _database.NewDbContext();
        return await db.Petitions.Where(p => p.Id == petition.Id)
            .Select(p => p.ContactName != null || p.ContactPhone != null || p.ContactEmail != null || p.ContactAddress != null || p.ContactPhoneHash != null)
            .SingleAsync();
    }

    [Fact]
    public async Task RunAsync_AroundTheLimit_ErasesExactlyThePetitionsClosedLongEnoughAgo()
    {
        var limit = Now.AddMonths(-24);
        var justOver = await ClosedAsync(limit.AddMinutes(-1));
        var exactly = await ClosedAsync(limit);
        var justUnder = await ClosedAsync(limit.AddMinutes(1));
        var longAgo = await ClosedAsync(Now.AddYears(-5));
        // Closed long ago, then reopened and open again: its latest step is not a closing.
        var reopened = await ClosedAsync(Now.AddYears(-3), PetitionStatus.Routed);
        var neverClosed = await _database.InsertAsync(TestPetitions.New(PetitionStatus.Accepted, Now.AddYears(-4)).WithContact(_database.Protector));
        var anonymous = TestPetitions.New(PetitionStatus.Closed, Now.AddYears(-4), kind: PetitionKind.GopY);
        await _database.InsertAsync(anonymous, anonymous.Event(PetitionEventKind.Closed, Now.AddYears(-3)));

        await RunAsync();

        Assert.False(await HasContactAsync(justOver));
        Assert.False(await HasContactAsync(exactly));
        Assert.False(await HasContactAsync(longAgo));
        Assert.True(await HasContactAsync(justUnder));
        Assert.True(await HasContactAsync(reopened));
        Assert.True(await HasContactAsync(neverClosed));
        await using var db = _database.NewDbContext();
        var redacted = await db.PetitionEvents.Where(e => e.Kind == PetitionEventKind.Redacted).ToListAsync();
        Assert.Equal(new[] { justOver.Id, exactly.Id, longAgo.Id }.Order(), redacted.Select(e => e.PetitionId).Order());
        Assert.All(redacted, e => Assert.Equal((ContactRetentionJob.Actor, Now), (e.Actor, e.At)));
        Assert.DoesNotContain(redacted, e => e.PetitionId == anonymous.Id);
        var answer = await db.Petitions.Where(p => p.Id == justOver.Id).Select(p => new { p.AnswerText, p.Title, p.ContactPurgedAt }).SingleAsync();
        Assert.Equal(("Trung tâm đã bố trí thêm một cán bộ ở quầy tư pháp.", Now), (answer.AnswerText, answer.ContactPurgedAt));
    }

    [Fact]
    public async Task RunAsync_NoticeStillWaitingInTheOutbox_IsWithdrawnOnlyForTheErasedPetition()
    {
        var erased = await ClosedAsync(Now.AddMonths(-30));
        var kept = await ClosedAsync(Now.AddMonths(-6));
        await using (var db = _database.NewDbContext())
        {
            foreach (var petition in new[] { erased, kept })
            {
                await OutboxWriter.AddAsync(db, new OutboxDraft(OutboxChannel.Sms, "*******678", "Thông báo", "Nội dung",
                    $"{PetitionNotifications.KeyPrefix(petition.Id)}answered:1", petition.ContactPhone), Now);
            }
        }

        await RunAsync();

        await using var check = _database.NewDbContext();
        var messages = await check.OutboxMessages.AsNoTracking().ToDictionaryAsync(m => m.DedupeKey);
        var withdrawn = messages[$"{PetitionNotifications.KeyPrefix(erased.Id)}answered:1"];
        Assert.Equal((PetitionNotifications.WithdrawnError, (byte[]?)null, (DateTimeOffset?)Now), (withdrawn.LastError, withdrawn.ProtectedRecipient, withdrawn.FailedAt));
        var waiting = messages[$"{PetitionNotifications.KeyPrefix(kept.Id)}answered:1"];
        Assert.Equal(((string?)null, (DateTimeOffset?)null), (waiting.LastError, waiting.FailedAt));
        Assert.NotNull(waiting.ProtectedRecipient);
    }

    [Fact]
    public async Task RunAsync_Twice_ErasesOnceWithOneEventAndOneAuditRecord()
    {
        var petition = await ClosedAsync(Now.AddMonths(-30));

        await RunAsync();
        _database.Clock.Advance(TimeSpan.FromDays(1));
        await RunAsync();

        await using var db = _database.NewDbContext();
        Assert.Equal(1, await db.PetitionEvents.CountAsync(e => e.PetitionId == petition.Id && e.Kind == PetitionEventKind.Redacted));
        var audit = Assert.Single(await db.AuditEvents.Where(a => a.Action == AuditActions.PetitionContactsPurged).ToListAsync());
        Assert.Equal(1, JsonDocument.Parse(audit.Details!).RootElement.GetProperty("petitions").GetInt32());
    }

    [Fact]
    public async Task RunAsync_ShorterConfiguredPeriod_ErasesSooner()
    {
        await using var sixMonths = await FollowUpDatabase.CreateAsync(new Dictionary<string, string?> { ["Retention:ContactMonthsAfterClosing"] = "6" });
        var petition = TestPetitions.New(PetitionStatus.Closed, Now.AddMonths(-8)).WithContact(sixMonths.Protector);
        await sixMonths.InsertAsync(petition, petition.Event(PetitionEventKind.Closed, Now.AddMonths(-7)));

        await sixMonths.WithAsync<bool, ContactRetentionJob>(async job =>
        {
            await job.RunAsync(CancellationToken.None);
            return true;
        });

        await using var db = sixMonths.NewDbContext();
        Assert.Null(await db.Petitions.Where(p => p.Id == petition.Id).Select(p => p.ContactPhone).SingleAsync());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("241")]
    public void Options_OutOfRange_AreRefusedWithTheSettingNamed(string months)
    {
        using var services = CoreServices.For(_database.ConnectionString, new Dictionary<string, string?> { ["Retention:ContactMonthsAfterClosing"] = months });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PetitionRetentionOptions>>().Value);

        Assert.Contains("Retention:ContactMonthsAfterClosing", error.Message);
    }
}
