using System.Text.Json;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Handling;
using CchcFeedback.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Petitions.Handling;

public class PetitionOversightTests(DatabaseFixture database) : HandlingTestClass(database)
{
    [Fact]
    public async Task ReassignAsync_Manager_GivesItToTheDepartmentWithAReassignedEvent()
    {
        var petition = await Services.RoutedAsync("VP_HCTC", p => p.NeedsTriage = true);
        var health = await Services.DepartmentIdAsync("SO_YT");

        var result = await Services.OverseeAsync(o => o.ReassignAsync(HandlingServices.Manager(petition.Id), health, null));

        Assert.Equal(PetitionActionOutcome.Done, result.Outcome);
        var (after, events) = await Services.ReadAsync(petition.Id);
        Assert.Equal(health, after.DepartmentId);
        Assert.False(after.NeedsTriage);
        var reassigned = Assert.Single(events, e => e.Kind == PetitionEventKind.Reassigned);
        Assert.Equal("lanh-dao@vp.test", reassigned.Actor);
        Assert.Equal("SO_YT", JsonDocument.Parse(reassigned.Data!).RootElement.GetProperty("to").GetString());
    }

    [Fact]
    public async Task ReassignAsync_DepartmentStaff_RefusedAndUnchanged()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        var action = await Services.StaffOfAsync(petition.Id, "SO_TP");
        var health = await Services.DepartmentIdAsync("SO_YT");

        var result = await Services.OverseeAsync(o => o.ReassignAsync(action, health, null));

        Assert.Equal(PetitionActionOutcome.Refused, result.Outcome);
        Assert.Equal(await Services.DepartmentIdAsync("SO_TP"), (await Services.ReadAsync(petition.Id)).Petition.DepartmentId);
    }

    [Fact]
    public async Task ExtendDeadlineAsync_FiveWorkingDays_DeadlineMovesAndTheReasonIsKept()
    {
        var petition = await Services.RoutedAsync("SO_TP", p => p.Status = PetitionStatus.Accepted);

        var result = await Services.OverseeAsync(o => o.ExtendDeadlineAsync(HandlingServices.Manager(petition.Id), 5, "Cần xác minh thực địa tại hai xã."));

        Assert.Equal(PetitionActionOutcome.Done, result.Outcome);
        var (after, events) = await Services.ReadAsync(petition.Id);
        Assert.Equal(5, after.ExtensionWorkingDays);
        Assert.Equal("Cần xác minh thực địa tại hai xã.", after.ExtensionReason);
        Assert.Equal(petition.DueAt!.Value.AddDays(7), after.DueAt); // five working days: one week, no holiday
        Assert.Equal("Cần xác minh thực địa tại hai xã.", Assert.Single(events, e => e.Kind == PetitionEventKind.Extended).Reason);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(HandlingLimits.MaxExtensionWorkingDays + 1)]
    public async Task ExtendDeadlineAsync_DaysOutOfRange_InvalidOnTheDaysField(int days)
    {
        var petition = await Services.RoutedAsync("SO_TP");

        var result = await Services.OverseeAsync(o => o.ExtendDeadlineAsync(HandlingServices.Manager(petition.Id), days, "Cần xác minh thực địa tại hai xã."));

        Assert.Equal(PetitionActionOutcome.Invalid, result.Outcome);
        Assert.Equal("days", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public async Task RedactTextAsync_PhoneNumberInTheText_TextReplacedOriginalKeptEncryptedAndReadingItAudited()
    {
        var petition = await Services.RoutedAsync("SO_TP", p =>
        {
            p.Text = "Cán bộ Nguyễn Văn A gọi cho tôi số 0912345678 nhiều lần để đòi thêm giấy tờ.";
            p.SearchText = VietnameseText.Fold($"{p.Title} {p.Text}");
        });
        const string Redacted = "Cán bộ [đã che] gọi cho tôi số [đã che] nhiều lần để đòi thêm giấy tờ.";

        var result = await Services.OverseeAsync(o => o.RedactTextAsync(HandlingServices.Manager(petition.Id), petition.Title, Redacted, "Nội dung có số điện thoại và tên người."));

        Assert.Equal(PetitionActionOutcome.Done, result.Outcome);
        var (after, events) = await Services.ReadAsync(petition.Id);
        Assert.Equal(Redacted, after.Text);
        Assert.DoesNotContain("0912345678", after.SearchText);
        Assert.Equal("[\"text\"]", JsonDocument.Parse(Assert.Single(events, e => e.Kind == PetitionEventKind.Redacted).Data!).RootElement.GetProperty("parts").GetRawText());
        await using var db = TestDatabase.CreateDbContext(Database.ConnectionString);
        var redaction = await db.PetitionRedactions.SingleAsync(r => r.PetitionId == petition.Id);
        Assert.True(redaction.Original.AsSpan().IndexOf("0912345678"u8) < 0, "the original is stored encrypted");
        var original = await Services.RunAsync<RedactedOriginals, RedactedOriginal?>(o => o.ReadAsync(redaction.Id, "lanh-dao@vp.test", DepartmentScope.Everything));
        Assert.Equal(petition.Text, original!.Text);
        Assert.Contains(db.AuditEvents, e => e.Action == AuditActions.PetitionOriginalViewed && e.Target == $"petition:{petition.TrackingCode}" && e.Actor == "lanh-dao@vp.test");
    }

    [Fact]
    public async Task ReadOriginal_DepartmentStaff_GetsNothing()
    {
        var petition = await Services.RoutedAsync("SO_TP");
        await Services.OverseeAsync(o => o.RedactTextAsync(HandlingServices.Manager(petition.Id), "Tiêu đề đã che", petition.Text, "Tiêu đề có tên người."));
        await using var db = TestDatabase.CreateDbContext(Database.ConnectionString);
        var redaction = await db.PetitionRedactions.SingleAsync(r => r.PetitionId == petition.Id);
        var staff = (await Services.StaffOfAsync(petition.Id, "SO_TP")).Scope;

        var original = await Services.RunAsync<RedactedOriginals, RedactedOriginal?>(o => o.ReadAsync(redaction.Id, "can-bo@so.test", staff));

        Assert.Null(original);
    }

    [Fact]
    public async Task RedactTextAsync_NothingChanged_RefusedWithoutARedaction()
    {
        var petition = await Services.RoutedAsync("SO_TP");

        var result = await Services.OverseeAsync(o => o.RedactTextAsync(HandlingServices.Manager(petition.Id), petition.Title, petition.Text, "Không có gì cần che."));

        Assert.Equal(PetitionActionOutcome.Refused, result.Outcome);
        await using var db = TestDatabase.CreateDbContext(Database.ConnectionString);
        Assert.False(await db.PetitionRedactions.AnyAsync(r => r.PetitionId == petition.Id));
    }

    [Fact]
    public async Task RedactPhotoAsync_Manager_PhotoEmptiedOriginalKept()
    {
        var petition = await Services.RoutedAsync("SO_TP", photos: 2);
        var photo = petition.Photos.Single(p => p.Position == 2);

        var result = await Services.OverseeAsync(o => o.RedactPhotoAsync(HandlingServices.Manager(petition.Id), photo.Id, "Ảnh chụp rõ mặt và biển số xe."));

        Assert.Equal(PetitionActionOutcome.Done, result.Outcome);
        var (after, _) = await Services.ReadAsync(petition.Id);
        var redacted = after.Photos.Single(p => p.Id == photo.Id);
        Assert.Empty(redacted.Bytes);
        Assert.NotNull(redacted.RedactedAt);
        Assert.NotEmpty(after.Photos.Single(p => p.Position == 1).Bytes);
        await using var db = TestDatabase.CreateDbContext(Database.ConnectionString);
        var redaction = await db.PetitionRedactions.SingleAsync(r => r.PhotoId == photo.Id);
        var original = await Services.RunAsync<RedactedOriginals, RedactedOriginal?>(o => o.ReadAsync(redaction.Id, "lanh-dao@vp.test", DepartmentScope.Everything));
        Assert.Equal(photo.Bytes, original!.Photo);
        Assert.Equal("image/jpeg", original.ContentType);
    }

    [Fact]
    public async Task RedactPhotoAsync_Twice_SecondIsRefused()
    {
        var petition = await Services.RoutedAsync("SO_TP", photos: 1);
        var photo = petition.Photos.Single();
        await Services.OverseeAsync(o => o.RedactPhotoAsync(HandlingServices.Manager(petition.Id), photo.Id, "Ảnh chụp rõ mặt người khác."));

        var again = await Services.OverseeAsync(o => o.RedactPhotoAsync(HandlingServices.Manager(petition.Id), photo.Id, "Ảnh chụp rõ mặt người khác."));

        Assert.Equal(PetitionActionOutcome.Refused, again.Outcome);
        await using var db = TestDatabase.CreateDbContext(Database.ConnectionString);
        Assert.Equal(1, await db.PetitionRedactions.CountAsync(r => r.PhotoId == photo.Id));
    }
}
