using System.Net;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Notifications;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Web.Tests.Outbox;

/// <summary>The managers' page of notifications the outbox could not deliver, through HTTP.</summary>
public class UndeliveredOutboxPageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Page = "/Manage/Outbox";
    private const string StaffEmail = "canbo.tuphap@quangtri.gov.vn";

    private Task<OutboxMessage> InsertAsync(string recipient, string? lastError, DateTimeOffset? failedAt = null, DateTimeOffset? sentAt = null,
        string? dedupeKey = null, OutboxChannel channel = OutboxChannel.Email) =>
        OutboxRows.AddAsync(factory.ConnectionString, recipient, lastError, failedAt, sentAt, dedupeKey, channel);

    /// <summary>A routed petition whose sender gave contact details (or deleted them), with its "answered" notice given up.</summary>
    private async Task<(Petition Petition, OutboxMessage Notice)> CitizenNoticeGivenUpAsync(bool contactKept)
    {
        var protector = factory.Services.GetRequiredService<PersonalDataProtector>();
        var petition = await RoutedPetitions.AddAsync(factory.ConnectionString, "SO_TP", DateTimeOffset.UtcNow.AddDays(-2),
            contactKept ? p => p.WithContact(protector) : null);
        var notice = await InsertAsync(ContactMask.Email(TestPetitions.Email), "SMTP 451 (transient) after 10 attempts", DateTimeOffset.UtcNow.AddHours(-1),
            dedupeKey: $"{PetitionNotifications.KeyPrefix(petition.Id)}answered:1");
        return (petition, notice);
    }

    private async Task<OutboxMessage> ReadAsync(Guid id)
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    [Fact]
    public async Task Get_AsManager_ListsGivenUpThenRetryingWithMaskedRecipientsAndRetryOnlyForGivenUp()
    {
        var gaveUp = await InsertAsync(StaffEmail, "SMTP 550 (permanent)", DateTimeOffset.UtcNow.AddMinutes(-30));
        var retrying = await InsertAsync("*******678", "SMS gateway HTTP 503", channel: OutboxChannel.Sms,
            dedupeKey: $"{PetitionNotifications.KeyPrefix(Guid.NewGuid())}routed:1");
        var waiting = await InsertAsync("lanhdao@quangtri.gov.vn", null);
        var sent = await InsertAsync("lanhdao@quangtri.gov.vn", "SMTP 451 (transient)", sentAt: DateTimeOffset.UtcNow);
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(StaffEmail, html);
        var page = await HtmlDocuments.ParseAsync(response);
        var rows = page.ByTestId("undelivered-message").ToDictionary(r => r.GetAttribute("data-id")!);
        Assert.DoesNotContain(waiting.Id.ToString(), rows.Keys);
        Assert.DoesNotContain(sent.Id.ToString(), rows.Keys);
        var given = rows[gaveUp.Id.ToString()];
        Assert.Equal(("gave-up", "c***@***.vn", "SMTP 550 (permanent)"), (given.GetAttribute("data-state"), given.QuerySelector("[data-testid='recipient']")!.TextContent,
            given.QuerySelector("[data-testid='last-error']")!.TextContent));
        var form = given.QuerySelector("[data-testid='retry']")!.Closest("form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name='__RequestVerificationToken']"));
        var again = rows[retrying.Id.ToString()];
        Assert.Equal(("retrying", "*******678"), (again.GetAttribute("data-state"), again.QuerySelector("[data-testid='recipient']")!.TextContent));
        Assert.Null(again.QuerySelector("[data-testid='retry']"));
        var order = page.ByTestId("undelivered-message").Select(r => r.GetAttribute("data-state")).ToList();
        Assert.True(order.IndexOf("retrying") > order.LastIndexOf("gave-up"), string.Join(", ", order));
        Assert.NotNull(page.QuerySelector($"[data-testid='nav-outbox'][href='{Page}']"));
    }

    [Fact]
    public async Task PostRetry_StaffMessageGivenUp_IsQueuedWithFreshAttemptsAuditedAndTriedAgain()
    {
        var gaveUp = await InsertAsync(StaffEmail, "SMTP 451 (transient)", DateTimeOffset.UtcNow.AddMinutes(-30));
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await StaffAccounts.PostFormAsync(client, $"{Page}?id={gaveUp.Id}", [], handler: "Retry");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Single(page.ByTestId("retried"));
        var queued = await ReadAsync(gaveUp.Id);
        Assert.Equal(((DateTimeOffset?)null, 0), (queued.FailedAt, queued.Attempts));
        Assert.True(queued.NextAttemptAt <= DateTimeOffset.UtcNow);
        await using (var db = TestDatabase.CreateDbContext(factory.ConnectionString))
        {
            Assert.Contains(db.AuditEvents, e => e.Action == AuditActions.OutboxMessageRetried && e.Target == $"outbox_message:{gaveUp.Id}");
        }
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().DeliverDueAsync();
        }
        // Tried once more: the test host has no SMTP server, only the pickup folder, so it is not delivered.
        var tried = await ReadAsync(gaveUp.Id);
        Assert.Equal((1, DeliveryErrors.StandIn, (DateTimeOffset?)null), (tried.Attempts, tried.LastError, tried.SentAt));
    }

    [Fact]
    public async Task PostRetry_Twice_TheSecondSaysItWasAlreadyDone()
    {
        var gaveUp = await InsertAsync(StaffEmail, "SMTP 451 (transient)", DateTimeOffset.UtcNow.AddMinutes(-30));
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        await StaffAccounts.PostFormAsync(client, $"{Page}?id={gaveUp.Id}", [], handler: "Retry");
        var again = await StaffAccounts.PostFormAsync(client, $"{Page}?id={gaveUp.Id}", [], handler: "Retry");

        Assert.EndsWith("done=stale", again.Headers.Location!.ToString());
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Target == $"outbox_message:{gaveUp.Id}"));
    }

    [Fact]
    public async Task PostRetry_CitizenNoticeGivenUp_GoesAgainToTheAddressThePetitionHolds()
    {
        var (_, notice) = await CitizenNoticeGivenUpAsync(contactKept: true);
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await StaffAccounts.PostFormAsync(client, $"{Page}?id={notice.Id}", [], handler: "Retry");

        Assert.EndsWith("done=retried", response.Headers.Location!.ToString());
        var queued = await ReadAsync(notice.Id);
        Assert.Null(queued.FailedAt);
        Assert.Equal(TestPetitions.Email, factory.Services.GetRequiredService<PersonalDataProtector>().Unprotect(queued.ProtectedRecipient!));
        Assert.Equal(ContactMask.Email(TestPetitions.Email), queued.Recipient);
    }

    [Fact]
    public async Task PostRetry_CitizenDeletedTheirDetails_IsRefusedAndStaysGivenUp()
    {
        var (_, notice) = await CitizenNoticeGivenUpAsync(contactKept: false);
        var before = await ReadAsync(notice.Id);
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await StaffAccounts.PostFormAsync(client, $"{Page}?id={notice.Id}", [], handler: "Retry");

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.Single(page.ByTestId("contact-gone"));
        var kept = await ReadAsync(notice.Id);
        Assert.Equal((before.FailedAt, before.Attempts, (byte[]?)null), (kept.FailedAt, kept.Attempts, kept.ProtectedRecipient));
    }

    [Fact]
    public async Task PostRetry_WithoutAntiforgeryToken_IsRejected()
    {
        var gaveUp = await InsertAsync(StaffEmail, "SMTP 550 (permanent)", DateTimeOffset.UtcNow.AddMinutes(-30));
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.Manager);

        var response = await client.PostAsync($"{Page}?id={gaveUp.Id}&handler=Retry", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await ReadAsync(gaveUp.Id)).FailedAt);
    }

    [Fact]
    public async Task PostRetry_AsDepartmentStaff_Returns403AndChangesNothing()
    {
        var gaveUp = await InsertAsync(StaffEmail, "SMTP 550 (permanent)", DateTimeOffset.UtcNow.AddMinutes(-30));
        var client = await StaffAccounts.SignedInAsync(factory, StaffRoles.DepartmentStaff, "SO_TP");

        var retry = await client.PostAsync($"{Page}?id={gaveUp.Id}&handler=Retry", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", await TokenAsync(client))]));

        Assert.Equal(HttpStatusCode.Forbidden, retry.StatusCode);
        Assert.NotNull((await ReadAsync(gaveUp.Id)).FailedAt);
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync("/Staff"));
        return page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
    }
}
