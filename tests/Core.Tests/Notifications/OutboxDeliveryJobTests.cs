using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Notifications;

public class OutboxDeliveryJobTests
{
    private static OutboxDraft Email(string key, string to = "canbo@quangtri.gov.vn") =>
        new(OutboxChannel.Email, to, $"Thông báo {key}", $"Nội dung thông báo {key}", key);

    [Fact]
    public async Task DeliverDueAsync_DueEmail_ReachesTheSmtpServerAndIsMarkedSent()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync();
        outbox.Smtp.Start();
        await outbox.AddAsync(Email("a"));

        var result = await outbox.DeliverAsync();

        Assert.Equal(new OutboxDeliveryResult(Sent: 1, Retrying: 0, GaveUp: 0), result);
        var delivered = Assert.Single(outbox.Smtp.Messages);
        Assert.Equal(("Thông báo a", "canbo@quangtri.gov.vn"), (delivered.Subject, delivered.To.Mailboxes.Single().Address));
        var message = await outbox.MessageAsync("a");
        Assert.Equal(((DateTimeOffset?)OutboxTestDatabase.Start, 1, (string?)null), (message.SentAt, message.Attempts, message.LastError));
    }

    [Fact]
    public async Task DeliverDueAsync_ServerDown_RetriesAfterBackOffAndDeliversOnceItIsUp()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync();
        await outbox.AddAsync(Email("down"));

        var failed = await outbox.DeliverAsync();

        Assert.Equal(new OutboxDeliveryResult(0, 1, 0), failed);
        var waiting = await outbox.MessageAsync("down");
        Assert.Null(waiting.SentAt);
        Assert.Equal(1, waiting.Attempts);
        // First retry delay 1 minute, with jitter: between half of it and all of it.
        Assert.InRange(waiting.NextAttemptAt, OutboxTestDatabase.Start.AddSeconds(30), OutboxTestDatabase.Start.AddSeconds(60));
        Assert.Contains("SMTP delivery through 127.0.0.1", waiting.LastError);
        Assert.Contains("socket ConnectionRefused", waiting.LastError);
        Assert.Equal(new OutboxDeliveryResult(0, 0, 0), await outbox.DeliverAsync());

        outbox.Smtp.Start();
        outbox.Clock.Advance(TimeSpan.FromMinutes(1));
        var retried = await outbox.DeliverAsync();

        Assert.Equal(new OutboxDeliveryResult(1, 0, 0), retried);
        Assert.Single(outbox.Smtp.Messages);
        var sent = await outbox.MessageAsync("down");
        Assert.Equal((2, (string?)null), (sent.Attempts, sent.LastError));
        Assert.NotNull(sent.SentAt);
    }

    [Fact]
    public async Task DeliverDueAsync_ServerRefusesFirstForNow_RetriedAndDeliveredOnce()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync();
        outbox.Smtp.RefuseNext = 1;
        outbox.Smtp.Start();
        await outbox.AddAsync(Email("busy"));

        Assert.Equal(new OutboxDeliveryResult(0, 1, 0), await outbox.DeliverAsync());
        Assert.Contains("SMTP 452", (await outbox.MessageAsync("busy")).LastError);
        outbox.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new OutboxDeliveryResult(1, 0, 0), await outbox.DeliverAsync());

        Assert.Equal("Thông báo busy", Assert.Single(outbox.Smtp.Messages).Subject);
    }

    [Fact]
    public async Task DeliverDueAsync_TwoRunsAtOnce_EachMessageDeliveredOnce()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync(new Dictionary<string, string?> { ["Outbox:BatchSize"] = "3" });
        outbox.Smtp.Start();
        var keys = Enumerable.Range(1, 40).Select(i => $"m{i:00}").ToList();
        foreach (var key in keys)
        {
            await outbox.AddAsync(Email(key));
        }

        var runs = await Task.WhenAll(outbox.DeliverAsync(), outbox.DeliverAsync());
        var after = await outbox.DeliverAsync();

        Assert.Equal(keys.Count, runs.Sum(r => r.Sent));
        Assert.Equal(new OutboxDeliveryResult(0, 0, 0), after);
        Assert.Equal(keys.Select(k => $"Thông báo {k}"), outbox.Smtp.Messages.Select(m => m.Subject).Order());
        await using var db = outbox.NewDbContext();
        Assert.True(await db.OutboxMessages.AllAsync(m => m.SentAt != null && m.Attempts == 1));
    }

    [Fact]
    public async Task DeliverDueAsync_FailingEveryTime_GivesUpAfterTheAttemptsAllowedAndLogsItOnce()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync(new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "3" });
        await outbox.AddAsync(Email("never"));

        var results = new List<OutboxDeliveryResult>();
        for (var run = 0; run < 5; run++)
        {
            results.Add(await outbox.DeliverAsync());
            outbox.Clock.Advance(TimeSpan.FromHours(6));
        }

        Assert.Equal([new(0, 1, 0), new(0, 1, 0), new(0, 0, 1), new(0, 0, 0), new(0, 0, 0)], results);
        var message = await outbox.MessageAsync("never");
        Assert.Equal(3, message.Attempts);
        Assert.Null(message.SentAt);
        Assert.Equal(OutboxTestDatabase.Start.AddHours(12), message.FailedAt);
        Assert.Contains("socket ConnectionRefused", message.LastError);
        Assert.Single(outbox.Logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) && line.Contains("given up after 3 attempt(s)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliverDueAsync_RecipientRefusedForGood_GivesUpAtOnceWithoutTheAddressInTheError()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync();
        outbox.Smtp.Start();
        await outbox.AddAsync(Email("bad", to: "unknown.person@example.vn"));

        Assert.Equal(new OutboxDeliveryResult(0, 0, 1), await outbox.DeliverAsync());

        var message = await outbox.MessageAsync("bad");
        Assert.Equal((1, (DateTimeOffset?)OutboxTestDatabase.Start), (message.Attempts, message.FailedAt));
        Assert.Contains("SMTP 550 RecipientNotAccepted", message.LastError);
        Assert.DoesNotContain("unknown.person", message.LastError);
        Assert.DoesNotContain(outbox.Logs.Lines, line => line.Contains("unknown.person", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliverDueAsync_CitizenAddress_DecryptedToSendAndDroppedOnceSent()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync();
        outbox.Smtp.Start();
        var protector = outbox.Services.GetRequiredService<PersonalDataProtector>();
        await outbox.AddAsync(new OutboxDraft(OutboxChannel.Email, ContactMask.Email("binh.tran@example.vn"), "Đã tiếp nhận", "Mã theo dõi", "citizen",
            protector.Protect("binh.tran@example.vn")));

        await outbox.DeliverAsync();

        Assert.Equal("binh.tran@example.vn", Assert.Single(outbox.Smtp.Messages).To.Mailboxes.Single().Address);
        var message = await outbox.MessageAsync("citizen");
        Assert.Equal("b***@***.vn", message.Recipient);
        Assert.Null(message.ProtectedRecipient);
        Assert.DoesNotContain(outbox.Logs.Lines, line => line.Contains("binh.tran", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliverDueAsync_SmsWithTheDefaultAdapter_LogsTheMaskedNumberOnlyAndRecordsItNotDelivered()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync();
        var protector = outbox.Services.GetRequiredService<PersonalDataProtector>();
        await outbox.AddAsync(new OutboxDraft(OutboxChannel.Sms, ContactMask.Phone("0912345678"), "Đã tiếp nhận", "Đã tiếp nhận phản ánh", "sms",
            protector.Protect("0912345678")));

        Assert.Equal(new OutboxDeliveryResult(0, 0, 1), await outbox.DeliverAsync());

        Assert.Contains(outbox.Logs.Lines, line => line.Contains("SMS to *******678", StringComparison.Ordinal));
        Assert.DoesNotContain(outbox.Logs.Lines, line => line.Contains("0912345678", StringComparison.Ordinal));
        // A log line reaches nobody: never sent, given up with the reason, and the address dropped like any given-up notice.
        var message = await outbox.MessageAsync("sms");
        Assert.Null(message.SentAt);
        Assert.Equal(((DateTimeOffset?)OutboxTestDatabase.Start, DeliveryErrors.StandIn), (message.FailedAt, message.LastError));
        Assert.Null(message.ProtectedRecipient);
        Assert.Equal(new OutboxDeliveryResult(0, 0, 0), await outbox.DeliverAsync());
    }

    [Fact]
    public async Task DeliverDueAsync_EmailWithoutSmtp_WrittenToThePickupFolderButRecordedNotDelivered()
    {
        var pickup = Path.Combine(TestPaths.Temporary, "pickup-" + Guid.NewGuid().ToString("N"));
        await using var outbox = await OutboxTestDatabase.CreateAsync(new Dictionary<string, string?>
        {
            ["Email:SmtpHost"] = "",
            ["Email:PickupDirectory"] = pickup,
        });
        await outbox.AddAsync(Email("pickup"));

        var result = await outbox.DeliverAsync();

        Assert.Equal(new OutboxDeliveryResult(Sent: 0, Retrying: 0, GaveUp: 1), result);
        Assert.Single(Directory.GetFiles(pickup, "*.eml"));
        var message = await outbox.MessageAsync("pickup");
        Assert.Null(message.SentAt);
        Assert.Equal(DeliveryErrors.StandIn, message.LastError);
        Assert.NotNull(message.FailedAt);
        Assert.Contains(outbox.Logs.Lines, line => line.Contains("only a stand-in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliverDueAsync_ClaimOfARunThatDied_LapsesAndTheMessageIsTriedAgain()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync();
        outbox.Smtp.Start();
        await outbox.AddAsync(Email("orphan"));
        await ClaimAndDieAsync(outbox);

        Assert.Equal(new OutboxDeliveryResult(0, 0, 0), await outbox.DeliverAsync());
        outbox.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(new OutboxDeliveryResult(1, 0, 0), await outbox.DeliverAsync());

        Assert.Single(outbox.Smtp.Messages);
        Assert.Equal(2, (await outbox.MessageAsync("orphan")).Attempts);
    }

    [Fact]
    public async Task DeliverDueAsync_LastClaimLapsedWithoutOutcome_GivenUpOnce()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync(new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "1" });
        await outbox.AddAsync(Email("crashing"));
        await ClaimAndDieAsync(outbox);
        outbox.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(new OutboxDeliveryResult(0, 0, 1), await outbox.DeliverAsync());
        Assert.Equal(new OutboxDeliveryResult(0, 0, 0), await outbox.DeliverAsync());

        var message = await outbox.MessageAsync("crashing");
        Assert.Equal((1, (DateTimeOffset?)OutboxTestDatabase.Start.AddMinutes(10)), (message.Attempts, message.FailedAt));
        Assert.Contains("no outcome recorded", message.LastError);
    }

    /// <summary>What a run that crashed right after claiming leaves behind: the attempt counted and the claim held.</summary>
    private static async Task ClaimAndDieAsync(OutboxTestDatabase outbox)
    {
        await using var db = outbox.NewDbContext();
        await db.OutboxMessages.ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Attempts, m => m.Attempts + 1)
            .SetProperty(m => m.NextAttemptAt, OutboxTestDatabase.Start.AddMinutes(10)));
    }
}
