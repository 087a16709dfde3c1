using System.Text.Json;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Handling;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Petitions.Handling;

public class PetitionHandlingTests(DatabaseFixture database) : HandlingTestClass(database)
{
    [Fact]
    public async Task AcceptAsync_RoutedPetition_AcceptedWithOneEvent()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");

        var result = await Services.HandleAsync(h => h.AcceptAsync(action));

        Assert.Equal(PetitionActionOutcome.Done, result.Outcome);
        var (after, events) = await Services.ReadAsync(petition.Id);
        Assert.Equal(PetitionStatus.Accepted, after.Status);
        Assert.Equal(HandlingServices.Monday, after.AcceptedAt);
        var accepted = Assert.Single(events, e => e.Kind == PetitionEventKind.Accepted);
        Assert.Equal("can-bo@so.test", accepted.Actor);
        Assert.Equal(HandlingServices.Monday, accepted.At);
        Assert.Equal(action.ActionId, accepted.SubmissionId);
    }

    [Fact]
    public async Task AcceptAsync_SameFormTwice_DoneOnceThenAlreadyDone()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");

        var first = await Services.HandleAsync(h => h.AcceptAsync(action));
        var retry = await Services.HandleAsync(h => h.AcceptAsync(action));

        Assert.Equal(PetitionActionOutcome.Done, first.Outcome);
        Assert.Equal(PetitionActionOutcome.AlreadyDone, retry.Outcome);
        var (_, events) = await Services.ReadAsync(petition.Id);
        Assert.Single(events, e => e.Kind == PetitionEventKind.Accepted);
    }

    [Fact]
    public async Task AcceptAsync_TwoStaffAtOnce_OneAcceptsTheOtherIsRefused()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        var one = await Services.StaffOfAsync(petition.Id, "SO_TP");
        var other = await Services.StaffOfAsync(petition.Id, "SO_TP");

        var results = await Task.WhenAll(Services.HandleAsync(h => h.AcceptAsync(one)), Services.HandleAsync(h => h.AcceptAsync(other)));

        Assert.Single(results, r => r.Outcome == PetitionActionOutcome.Done);
        Assert.Single(results, r => r.Outcome == PetitionActionOutcome.Refused);
        var (_, events) = await Services.ReadAsync(petition.Id);
        Assert.Single(events, e => e.Kind == PetitionEventKind.Accepted);
    }

    [Fact]
    public async Task AcceptAsync_AlreadyAnswered_RefusedInVietnameseAndUnchanged()
    {
        var petition = await Services.RoutedAsync("SO_TP", p => p.Status = PetitionStatus.Answered);
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");

        var result = await Services.HandleAsync(h => h.AcceptAsync(action));

        Assert.Equal(PetitionActionOutcome.Refused, result.Outcome);
        Assert.Equal("Không thể tiếp nhận xử lý: ý kiến đang ở trạng thái \"đã trả lời\".", Assert.Single(result.Errors).Message.Vietnamese);
        var (after, events) = await Services.ReadAsync(petition.Id);
        Assert.Equal(PetitionStatus.Answered, after.Status);
        Assert.DoesNotContain(events, e => e.Kind == PetitionEventKind.Accepted);
    }

    [Fact]
    public async Task AcceptAsync_StaffOfAnotherDepartment_NotFoundAndUnchanged()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        var action = await Services.StaffOfAsync(petition.Id, "SO_XD");

        var result = await Services.HandleAsync(h => h.AcceptAsync(action));

        Assert.Equal(PetitionActionOutcome.NotFound, result.Outcome);
        Assert.Equal(PetitionStatus.Routed, (await Services.ReadAsync(petition.Id)).Petition.Status);
    }

    [Fact]
    public async Task AnswerAsync_AcceptedPetition_AnsweredAndPublishedBecauseTheCitizenConsented()
    {
        var petition = await Services.RoutedAsync("SO_TP", p => p.Status = PetitionStatus.Accepted);
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");

        var result = await Services.HandleAsync(h => h.AnswerAsync(action, "  Sở đã làm việc với bộ phận một cửa; hồ sơ của ông/bà được trả kết quả ngày 20/11.  "));

        Assert.Equal(PetitionActionOutcome.Done, result.Outcome);
        var (after, events) = await Services.ReadAsync(petition.Id);
        Assert.Equal(PetitionStatus.Answered, after.Status);
        Assert.Equal("Sở đã làm việc với bộ phận một cửa; hồ sơ của ông/bà được trả kết quả ngày 20/11.", after.AnswerText);
        Assert.Equal(HandlingServices.Monday, after.AnsweredAt);
        Assert.Equal(HandlingServices.Monday, after.AnswerPublishedAt);
        var answered = Assert.Single(events, e => e.Kind == PetitionEventKind.Answered);
        Assert.True(JsonDocument.Parse(answered.Data!).RootElement.GetProperty("onTime").GetBoolean());
    }

    [Fact]
    public async Task AnswerAsync_CitizenConsentedToContact_ANoticeWithTheAnswerIsQueuedInTheSameStep()
    {
        var protector = Services.Provider.GetRequiredService<PersonalDataProtector>();
        var petition = await Services.RoutedAsync("SO_TP", p =>
        {
            p.ConsentContact = true;
            p.ContactEmail = protector.Protect("nguoi-dan@example.vn");
        });
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");

        await Services.HandleAsync(h => h.AnswerAsync(action, "Sở đã kiểm tra và trả lời ông/bà như sau: hồ sơ đã có kết quả."));
        await Services.HandleAsync(h => h.AnswerAsync(action, "Sở đã kiểm tra và trả lời ông/bà như sau: hồ sơ đã có kết quả."));

        await using var db = TestDatabase.CreateDbContext(Services.ConnectionString);
        var notice = Assert.Single(await db.OutboxMessages.Where(m => m.DedupeKey.Contains(":answered:")).ToListAsync());
        Assert.Equal("nguoi-dan@example.vn", protector.Unprotect(notice.ProtectedRecipient!));
        Assert.Contains("hồ sơ đã có kết quả", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WithoutPublicationConsent_AnsweredButNotPublished()
    {
        var petition = await Services.RoutedAsync("SO_TP", p => p.ConsentPublish = false);
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");

        await Services.HandleAsync(h => h.AnswerAsync(action, "Sở đã kiểm tra và trả lời ông/bà như sau: hồ sơ đã có kết quả."));

        var (after, _) = await Services.ReadAsync(petition.Id);
        Assert.Equal(PetitionStatus.Answered, after.Status);
        Assert.Null(after.AnswerPublishedAt);
    }

    [Fact]
    public async Task AnswerAsync_TooShort_InvalidAndNothingStored()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");

        var result = await Services.HandleAsync(h => h.AnswerAsync(action, "Đã xử lý."));

        Assert.Equal(PetitionActionOutcome.Invalid, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal("answer", error.Field);
        Assert.Equal($"Nội dung trả lời cần ít nhất {HandlingLimits.AnswerMinLength} ký tự.", error.Message.Vietnamese);
        var (after, events) = await Services.ReadAsync(petition.Id);
        Assert.Equal(PetitionStatus.Routed, after.Status);
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public async Task ReturnAsync_NotOurs_ReturnedWithTheDepartmentInTheEventAndSentBackToRouting()
    {
        var petition = await Services.RoutedAsync("SO_TP", p => p.Status = PetitionStatus.Accepted);
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");

        var result = await Services.HandleAsync(h => h.ReturnAsync(action, "Việc cấp phép xây dựng thuộc Sở Xây dựng, không thuộc Sở Tư pháp."));

        Assert.Equal(PetitionActionOutcome.Done, result.Outcome);
        var (after, events) = await Services.ReadAsync(petition.Id);
        Assert.Equal(PetitionStatus.Returned, after.Status);
        Assert.Null(after.DepartmentId);
        var returned = Assert.Single(events, e => e.Kind == PetitionEventKind.Returned);
        Assert.Equal("Việc cấp phép xây dựng thuộc Sở Xây dựng, không thuộc Sở Tư pháp.", returned.Reason);
        var data = JsonDocument.Parse(returned.Data!).RootElement;
        Assert.Equal("SO_TP", data.GetProperty("department").GetString());
        Assert.Equal(await Services.DepartmentIdAsync("SO_TP"), data.GetProperty("departmentId").GetInt32());
        Assert.Contains(petition.Id, Services.Routing.Enqueued);
    }

    [Fact]
    public async Task ReturnAsync_RetriedAfterThePetitionLeftTheDepartment_AlreadyDoneWithOneEvent()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");
        await Services.HandleAsync(h => h.ReturnAsync(action, "Không thuộc thẩm quyền của Sở Tư pháp."));

        var retry = await Services.HandleAsync(h => h.ReturnAsync(action, "Không thuộc thẩm quyền của Sở Tư pháp."));

        Assert.Equal(PetitionActionOutcome.AlreadyDone, retry.Outcome);
        Assert.Single((await Services.ReadAsync(petition.Id)).Events, e => e.Kind == PetitionEventKind.Returned);
    }

    [Fact]
    public async Task ReturnAsync_ThenTheRoutingJob_RoutesItToAnotherDepartment()
    {
        var petition = await Services.RoutedAsync("SO_TP", p =>
        {
            p.Title = "Cấp phép xây dựng nhà ở chậm";
            p.Text = "Tôi nộp hồ sơ cấp giấy phép xây dựng nhà ở riêng lẻ đã hơn một tháng mà chưa có kết quả.";
            p.SearchText = VietnameseText.Fold($"{p.Title} {p.Text}");
        });
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");
        await Services.HandleAsync(h => h.ReturnAsync(action, "Cấp phép xây dựng không thuộc thẩm quyền của Sở Tư pháp."));

        await Services.RunAsync<RoutePetitionJob, bool>(async job => { await job.RunAsync(petition.Id); return true; });

        var (after, _) = await Services.ReadAsync(petition.Id);
        Assert.Equal(PetitionStatus.Routed, after.Status);
        Assert.NotNull(after.DepartmentId);
        Assert.NotEqual(await Services.DepartmentIdAsync("SO_TP"), after.DepartmentId);
    }

    [Fact]
    public async Task ReturnAsync_WithoutReason_InvalidAndNotSentToRouting()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");

        var result = await Services.HandleAsync(h => h.ReturnAsync(action, "   "));

        Assert.Equal(PetitionActionOutcome.Invalid, result.Outcome);
        Assert.Equal("Lý do không được để trống.", Assert.Single(result.Errors).Message.Vietnamese);
        Assert.DoesNotContain(petition.Id, Services.Routing.Enqueued);
        Assert.Equal(PetitionStatus.Routed, (await Services.ReadAsync(petition.Id)).Petition.Status);
    }

    [Fact]
    public async Task TransferAsync_ToANamedDepartment_RoutedThereAndGoneFromTheFirst()
    {
        var petition = await Services.RoutedAsync("SO_TP", p => p.Status = PetitionStatus.Accepted);
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");
        var construction = await Services.DepartmentIdAsync("SO_XD");

        var result = await Services.HandleAsync(h => h.TransferAsync(action, construction, "Nội dung về trật tự xây dựng, thuộc Sở Xây dựng."));

        Assert.Equal(PetitionActionOutcome.Done, result.Outcome);
        var (after, events) = await Services.ReadAsync(petition.Id);
        Assert.Equal(construction, after.DepartmentId);
        Assert.Equal(PetitionStatus.Routed, after.Status);
        Assert.Null(after.AcceptedAt);
        Assert.Equal(petition.DueAt, after.DueAt);
        var data = JsonDocument.Parse(Assert.Single(events, e => e.Kind == PetitionEventKind.Transferred).Data!).RootElement;
        Assert.Equal("SO_TP", data.GetProperty("from").GetString());
        Assert.Equal("SO_XD", data.GetProperty("to").GetString());
        Assert.Equal(PetitionActionOutcome.NotFound, (await Services.HandleAsync(h => h.AcceptAsync(action with { ActionId = Guid.NewGuid() }))).Outcome);
    }

    [Fact]
    public async Task TransferAsync_ToItsOwnDepartment_RefusedOnTheDepartmentField()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");

        var own = await Services.DepartmentIdAsync("SO_TP");

        var result = await Services.HandleAsync(h => h.TransferAsync(action, own, "Chuyển nhầm về chính cơ quan mình."));

        Assert.Equal(PetitionActionOutcome.Refused, result.Outcome);
        Assert.Equal("department", Assert.Single(result.Errors).Field);
        Assert.DoesNotContain((await Services.ReadAsync(petition.Id)).Events, e => e.Kind == PetitionEventKind.Transferred);
    }

    [Fact]
    public async Task RequestInformation_ThenReceivedThreeWorkingDaysLater_ClockPausedAndDeadlineMovedByThreeDays()
    {
        var petition = await Services.RoutedAsync("SO_TP", p => p.Status = PetitionStatus.Accepted);
        var calendar = new WorkingDayCalendar();
        var ask = await Services.StaffOfAsync(petition.Id, "SO_TP");

        var asked = await Services.HandleAsync(h => h.RequestInformationAsync(ask, "Xin ông/bà cho biết mã hồ sơ và ngày hẹn trả kết quả."));
        var paused = await Services.ReadAsync(petition.Id);
        Services.Clock.Advance(TimeSpan.FromDays(3)); // Monday to Thursday
        var resume = await Services.StaffOfAsync(petition.Id, "SO_TP");
        var received = await Services.HandleAsync(h => h.InformationReceivedAsync(resume, null));

        Assert.Equal(PetitionActionOutcome.Done, asked.Outcome);
        Assert.Equal(PetitionStatus.InfoRequested, paused.Petition.Status);
        Assert.Equal(HandlingServices.Monday, paused.Petition.ClockPausedAt);
        Assert.Equal(PetitionActionOutcome.Done, received.Outcome);
        var (after, events) = await Services.ReadAsync(petition.Id);
        Assert.Equal(PetitionStatus.Accepted, after.Status);
        Assert.Null(after.ClockPausedAt);
        Assert.Equal(3, after.PausedWorkingDays);
        Assert.Equal(VietnamTime.EndOf(calendar.AddWorkingDays(VietnamTime.DateOf(petition.DueAt!.Value.AddTicks(-1)), 3)), after.DueAt);
        Assert.Equal("Xin ông/bà cho biết mã hồ sơ và ngày hẹn trả kết quả.", Assert.Single(events, e => e.Kind == PetitionEventKind.InfoRequested).Reason);
        Assert.Single(events, e => e.Kind == PetitionEventKind.InfoReceived);
    }

    [Fact]
    public async Task InformationReceivedAsync_NothingWasAsked_Refused()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");

        var result = await Services.HandleAsync(h => h.InformationReceivedAsync(action, null));

        Assert.Equal(PetitionActionOutcome.Refused, result.Outcome);
    }

    [Fact]
    public async Task CloseAsync_AnsweredPetition_ClosedWithoutAReason()
    {
        var petition = await Services.RoutedAsync("SO_TP", p => p.Status = PetitionStatus.Answered);
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");

        var result = await Services.HandleAsync(h => h.CloseAsync(action, null));

        Assert.Equal(PetitionActionOutcome.Done, result.Outcome);
        var (after, events) = await Services.ReadAsync(petition.Id);
        Assert.Equal(PetitionStatus.Closed, after.Status);
        Assert.Equal(HandlingServices.Monday, after.ClosedAt);
        Assert.Single(events, e => e.Kind == PetitionEventKind.Closed);
    }

    [Fact]
    public async Task CloseAsync_UnansweredWithoutAReason_RefusedOnTheReasonField()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");

        var result = await Services.HandleAsync(h => h.CloseAsync(action, ""));

        Assert.Equal(PetitionActionOutcome.Refused, result.Outcome);
        Assert.Equal("reason", Assert.Single(result.Errors).Field);
        Assert.Equal(PetitionStatus.Routed, (await Services.ReadAsync(petition.Id)).Petition.Status);
    }

    [Fact]
    public async Task AnswerAsync_FormIdAlreadyUsedOnAnotherPetition_NothingHalfWritten()
    {
        var first = await Services.RoutedAsync("SO_TP");
        var second = await Services.RoutedAsync("SO_TP");
        var action = await Services.StaffOfAsync(first.Id, "SO_TP");
        await Services.HandleAsync(h => h.AcceptAsync(action));

        // The same form id on another petition: the event cannot be stored, so neither can the answer.
        var result = await Services.HandleAsync(h => h.AnswerAsync(action with { PetitionId = second.Id }, "Sở đã xem xét và trả lời ông/bà như sau."));

        Assert.Equal(PetitionActionOutcome.Refused, result.Outcome);
        var (after, events) = await Services.ReadAsync(second.Id);
        Assert.Equal(PetitionStatus.Routed, after.Status);
        Assert.Null(after.AnswerText);
        Assert.DoesNotContain(events, e => e.Kind == PetitionEventKind.Answered);
    }

    [Fact]
    public async Task PetitionEvents_WrittenByTheActions_CannotBeChangedOrDeleted()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");
        await Services.HandleAsync(h => h.AcceptAsync(action));
        await using var db = TestDatabase.CreateDbContext(Database.ConnectionString);

        await Assert.ThrowsAnyAsync<Exception>(() => db.PetitionEvents.Where(e => e.PetitionId == petition.Id).ExecuteDeleteAsync());
    }
}
