using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.FollowUp;
using CchcFeedback.Core.Petitions.Notifications;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Security;
using CchcFeedback.Core.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Petitions.Notifications;

public class PetitionNotificationsTests
{
    private const string Email = "binh.tran@example.vn";
    private const string Phone = "0912345678";
    private const string Link = "https://gopy.quangtri.test/track?code=";

    private static PetitionSubmission Submission(string? email = Email, bool anonymous = false) => anonymous
        ? new PetitionSubmission
        {
            SubmissionId = Guid.NewGuid(),
            Kind = PetitionKind.GopY,
            Title = "Nhà vệ sinh trung tâm bẩn",
            Text = "Nhà vệ sinh ở trung tâm hành chính công không sạch sẽ, thiếu nước.",
        }
        : new PetitionSubmission
        {
            SubmissionId = Guid.NewGuid(),
            Kind = PetitionKind.PhanAnh,
            Title = "Cán bộ đòi tiền bồi dưỡng",
            Text = "Cán bộ ở quầy nói phải đưa tiền bồi dưỡng thì hồ sơ mới được giải quyết nhanh.",
            ContactName = "Trần Thị Bình",
            ContactPhone = "0912 345 678",
            ContactEmail = email,
            ContactAddress = "5 Hùng Vương, Đông Hà",
            ConsentContact = true,
        };

    private static async Task<OutboxTestDatabase> DatabaseAsync() => await OutboxTestDatabase.CreateAsync(content: TestDatabaseContent.SampleCatalog);

    private static async Task<(Guid Id, string Code)> SubmitAsync(OutboxTestDatabase database, PetitionSubmission submission)
    {
        string token;
        await using (var db = database.NewDbContext())
        {
            token = await db.Touchpoints.Where(t => t.Counter!.Code == "TT_TINH-TP" && t.RevokedAt == null).Select(t => t.Token).SingleAsync();
        }
        await using var scope = database.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PetitionService>().SubmitAsync(submission, new PetitionOrigin(token), PetitionChannel.Web);
        return (result.PetitionId!.Value, result.TrackingCode!);
    }

    private static async Task<T> WithAsync<T>(OutboxTestDatabase database, Func<PetitionNotifications, Task<T>> use)
    {
        await using var scope = database.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<PetitionNotifications>());
    }

    private static async Task<List<OutboxMessage>> MessagesAsync(OutboxTestDatabase database, Guid petitionId)
    {
        await using var db = database.NewDbContext();
        var prefix = PetitionNotifications.KeyPrefix(petitionId);
        return await db.OutboxMessages.AsNoTracking().Where(m => m.DedupeKey.StartsWith(prefix)).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    private static async Task UpdatePetitionAsync(OutboxTestDatabase database, Guid id, Func<Petition, Task> change)
    {
        await using var db = database.NewDbContext();
        await change(await db.Petitions.SingleAsync(p => p.Id == id));
        await db.SaveChangesAsync();
    }

    private static async Task AnswerAsync(OutboxTestDatabase database, Guid id, string answer)
    {
        await using var db = database.NewDbContext();
        var department = await db.Departments.SingleAsync(d => d.Code == "THANHTRA");
        await UpdatePetitionAsync(database, id, petition =>
        {
            (petition.Status, petition.DepartmentId, petition.AnswerText, petition.AnsweredAt) =
                (PetitionStatus.Answered, department.Id, answer, database.Clock.GetUtcNow());
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task SubmitAsync_EmailGivenWithConsent_OneReceivedEmailWithTheCodeAndLinkAndADeliveryRun()
    {
        await using var database = await DatabaseAsync();

        var (id, code) = await SubmitAsync(database, Submission());

        var message = Assert.Single(await MessagesAsync(database, id));
        Assert.Equal((OutboxChannel.Email, "b***@***.vn", $"petition:{id:N}:received"), (message.Channel, message.Recipient, message.DedupeKey));
        Assert.Equal($"Đã tiếp nhận phản ánh của ông/bà, mã {code}", message.Subject);
        Assert.StartsWith("Kính gửi ông/bà,", message.Body);
        Assert.Contains($"Mã theo dõi: {code}", message.Body);
        Assert.Contains($"{Link}{code}", message.Body);
        Assert.Contains("Đường dây nóng: 0233 3 999 999", message.Body);
        Assert.Equal(Email, database.Services.GetRequiredService<PersonalDataProtector>().Unprotect(message.ProtectedRecipient!));
        await using var db = database.NewDbContext();
        Assert.Equal(1, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM hangfire.job WHERE invocationdata::text LIKE '%OutboxDeliveryJob%'").SingleAsync());
    }

    [Fact]
    public async Task SubmitAsync_PhoneOnly_OneShortSmsWithTheMaskedNumber()
    {
        await using var database = await DatabaseAsync();

        var (id, code) = await SubmitAsync(database, Submission(email: null));

        var message = Assert.Single(await MessagesAsync(database, id));
        Assert.Equal((OutboxChannel.Sms, "*******678"), (message.Channel, message.Recipient));
        Assert.Equal($"Đã tiếp nhận phản ánh của ông/bà, mã {code}. Theo dõi: {Link}{code}", message.Body);
        Assert.Equal(Phone, database.Services.GetRequiredService<PersonalDataProtector>().Unprotect(message.ProtectedRecipient!));
    }

    [Fact]
    public async Task SubmitAsync_Anonymous_NoMessage()
    {
        await using var database = await DatabaseAsync();

        var (id, _) = await SubmitAsync(database, Submission(anonymous: true));

        Assert.Empty(await MessagesAsync(database, id));
    }

    [Fact]
    public async Task ReceivedAsync_AgainForTheSamePetition_WritesNothingMore()
    {
        await using var database = await DatabaseAsync();
        var (id, _) = await SubmitAsync(database, Submission());

        var again = await WithAsync(database, n => n.ReceivedAsync(id));

        Assert.False(again);
        Assert.Single(await MessagesAsync(database, id));
    }

    [Fact]
    public async Task ReceivedAsync_NoConsentToContact_WritesNothing()
    {
        await using var database = await DatabaseAsync();
        var (id, _) = await SubmitAsync(database, Submission());
        await using (var db = database.NewDbContext())
        {
            await db.OutboxMessages.ExecuteDeleteAsync();
            await db.Petitions.Where(p => p.Id == id).ExecuteUpdateAsync(set => set.SetProperty(p => p.ConsentContact, false));
        }

        Assert.False(await WithAsync(database, n => n.ReceivedAsync(id)));
        Assert.Empty(await MessagesAsync(database, id));
    }

    [Fact]
    public async Task RoutePetitionJob_RoutedTwice_OneRoutedNoticeNamingTheDepartment()
    {
        await using var database = await DatabaseAsync();
        var (id, code) = await SubmitAsync(database, Submission());

        for (var run = 0; run < 2; run++)
        {
            await using var scope = database.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RoutePetitionJob>().RunAsync(id);
        }

        var routed = Assert.Single(await MessagesAsync(database, id), m => m.DedupeKey.Contains(":routed:", StringComparison.Ordinal));
        Assert.Equal($"Phản ánh {code} đã được chuyển đến Thanh tra tỉnh", routed.Subject);
        Assert.Contains("để xem xét, giải quyết", routed.Body);
    }

    [Fact]
    public async Task RoutedAsync_WaitingInTriage_WritesNothing()
    {
        await using var database = await DatabaseAsync();
        var (id, _) = await SubmitAsync(database, Submission());
        await UpdatePetitionAsync(database, id, petition =>
        {
            (petition.Status, petition.NeedsTriage, petition.RoutedAt) = (PetitionStatus.Routed, true, database.Clock.GetUtcNow());
            return Task.CompletedTask;
        });

        Assert.False(await WithAsync(database, n => n.RoutedAsync(id)));
    }

    [Fact]
    public async Task AnsweredAsync_ByEmail_CarriesTheAnswerOnce()
    {
        await using var database = await DatabaseAsync();
        var (id, code) = await SubmitAsync(database, Submission());
        await AnswerAsync(database, id, "Thanh tra tỉnh đã làm việc với cán bộ và chấn chỉnh.");

        var first = await WithAsync(database, n => n.AnsweredAsync(id));
        var second = await WithAsync(database, n => n.AnsweredAsync(id));

        Assert.Equal((true, false), (first, second));
        var answered = Assert.Single(await MessagesAsync(database, id), m => m.DedupeKey.Contains(":answered:", StringComparison.Ordinal));
        Assert.Equal($"Phản ánh {code} đã có trả lời", answered.Subject);
        Assert.Contains("Nội dung trả lời:\nThanh tra tỉnh đã làm việc với cán bộ và chấn chỉnh.", answered.Body);
    }

    [Fact]
    public async Task AnsweredAsync_BySms_OnlyTheLink()
    {
        await using var database = await DatabaseAsync();
        var (id, code) = await SubmitAsync(database, Submission(email: null));
        await AnswerAsync(database, id, "Thanh tra tỉnh đã làm việc với cán bộ và chấn chỉnh.");

        await WithAsync(database, n => n.AnsweredAsync(id));

        var answered = Assert.Single(await MessagesAsync(database, id), m => m.DedupeKey.Contains(":answered:", StringComparison.Ordinal));
        Assert.Equal($"Phản ánh {code} đã có trả lời. Xem tại: {Link}{code}", answered.Body);
    }

    [Fact]
    public async Task InfoRequestedAsync_TwoRequests_TwoNoticesQuotingEachInTheEmail()
    {
        await using var database = await DatabaseAsync();
        var (id, _) = await SubmitAsync(database, Submission());
        var asked = database.Clock.GetUtcNow();

        await WithAsync(database, n => n.InfoRequestedAsync(id, asked, "Xin cho biết ngày nộp hồ sơ."));
        await WithAsync(database, n => n.InfoRequestedAsync(id, asked, "Xin cho biết ngày nộp hồ sơ."));
        await WithAsync(database, n => n.InfoRequestedAsync(id, asked.AddDays(3), "Xin gửi ảnh biên nhận."));

        var requests = (await MessagesAsync(database, id)).Where(m => m.DedupeKey.Contains(":info-requested:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, requests.Count);
        Assert.Contains("Nội dung cần bổ sung:\nXin cho biết ngày nộp hồ sơ.", requests[0].Body);
        Assert.Contains("Nội dung cần bổ sung:\nXin gửi ảnh biên nhận.", requests[1].Body);
    }

    [Fact]
    public async Task WithdrawPendingAsync_ContactDeletedBeforeDelivery_NothingSentAndTheAddressDropped()
    {
        await using var database = await DatabaseAsync();
        database.Smtp.Start();
        var (id, _) = await SubmitAsync(database, Submission());

        var withdrawn = await WithAsync(database, n => n.WithdrawPendingAsync(id));
        await database.DeliverAsync();

        Assert.Equal(1, withdrawn);
        Assert.Empty(database.Smtp.Messages);
        var message = Assert.Single(await MessagesAsync(database, id));
        Assert.Null(message.ProtectedRecipient);
        Assert.NotNull(message.FailedAt);
    }

    /// <summary>Deleting one's details is honoured at once: a notice still waiting in the outbox is not sent.</summary>
    [Fact]
    public async Task DeleteContact_BeforeDelivery_ThePendingNoticeIsWithdrawnAndNothingSent()
    {
        await using var database = await DatabaseAsync();
        database.Smtp.Start();
        var (id, code) = await SubmitAsync(database, Submission());

        await using (var scope = database.Services.CreateAsyncScope())
        {
            Assert.Equal(ContactLookupOutcome.Found, await scope.ServiceProvider.GetRequiredService<CitizenContact>().DeleteAsync(code, Phone));
        }
        await database.DeliverAsync();

        Assert.Empty(database.Smtp.Messages);
        var message = Assert.Single(await MessagesAsync(database, id));
        Assert.Equal((PetitionNotifications.WithdrawnError, (byte[]?)null), (message.LastError, message.ProtectedRecipient));
        Assert.NotNull(message.FailedAt);
    }

    [Fact]
    public async Task SubmitThenDeliver_RealSmtpServer_TheCitizenGetsTheNoticeAndTheOutboxKeepsNoContactDetails()
    {
        await using var database = await DatabaseAsync();
        database.Smtp.Start();
        var (id, code) = await SubmitAsync(database, Submission());

        await database.DeliverAsync();

        var delivered = Assert.Single(database.Smtp.Messages);
        Assert.Equal(Email, delivered.To.Mailboxes.Single().Address);
        Assert.Contains($"{Link}{code}", delivered.TextBody);
        await using var db = database.NewDbContext();
        var raw = await db.Database.SqlQuery<string>($"SELECT row_to_json(m)::text AS \"Value\" FROM outbox_messages m").ToListAsync();
        Assert.All(raw, row => Assert.DoesNotContain("binh.tran", row));
        Assert.All(raw, row => Assert.DoesNotContain(Phone, row));
        Assert.All(raw, row => Assert.DoesNotContain("Trần Thị Bình", row));
        Assert.All(database.Logs.Lines, line => Assert.DoesNotContain("binh.tran", line));
    }
}
