using CchcFeedback.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CchcFeedback.Core.Tests.Notifications;

public class OutboxAttachmentTests
{
    private static readonly MessageAttachment Document = new("bao-cao-hai-long-2026-10-tinh.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

    private static readonly MessageAttachment Annex = new("bao-cao-hai-long-2026-10-tinh.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4B, 0x03, 0x04, 9, 8, 7, 6]);

    private static OutboxDraft Email(string key) =>
        new(OutboxChannel.Email, "vanphong@quangtri.gov.vn", "Báo cáo tháng 10/2026", "Kèm theo thư này: báo cáo và phụ lục.", key, Attachments: [Document, Annex]);

    [Fact]
    public async Task DeliverDueAsync_EmailWithAttachments_ArrivesWithBothFilesAndTheTextBody()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync();
        outbox.Smtp.Start();
        await outbox.AddAsync(Email("with-files"));

        var result = await outbox.DeliverAsync();

        Assert.Equal(new OutboxDeliveryResult(1, 0, 0), result);
        var delivered = Assert.Single(outbox.Smtp.Messages);
        Assert.Equal("Kèm theo thư này: báo cáo và phụ lục.", delivered.TextBody?.TrimEnd());
        var files = delivered.Attachments.OfType<MimePart>().ToList();
        Assert.Equal([Document.FileName, Annex.FileName], files.Select(f => f.FileName));
        Assert.Equal([Document.ContentType, Annex.ContentType], files.Select(f => f.ContentType.MimeType));
        Assert.Equal([Document.Content, Annex.Content], files.Select(Bytes));
    }

    [Fact]
    public async Task DeliverDueAsync_Sent_DropsTheFilesFromTheOutbox()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync();
        outbox.Smtp.Start();
        await outbox.AddAsync(Email("dropped"));

        await outbox.DeliverAsync();

        await using var db = outbox.NewDbContext();
        Assert.False(await db.OutboxAttachments.AnyAsync());
        Assert.NotNull((await outbox.MessageAsync("dropped")).SentAt);
    }

    [Fact]
    public async Task AddAsync_SameDedupeKeyTwice_KeepsOneCopyOfTheFiles()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync();

        await outbox.AddAsync(Email("once"));
        await outbox.AddAsync(Email("once"));

        await using var db = outbox.NewDbContext();
        Assert.Equal(2, await db.OutboxAttachments.CountAsync());
        Assert.Equal(1, await db.OutboxMessages.CountAsync());
    }

    private static byte[] Bytes(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}
