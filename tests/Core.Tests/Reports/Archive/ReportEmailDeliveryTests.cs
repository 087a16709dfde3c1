using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using CchcFeedback.Core.Tests.Notifications;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CchcFeedback.Core.Tests.Reports.Archive;

/// <summary>The monthly report, written by the real builder, e-mailed through the outbox to a real SMTP server.</summary>
public class ReportEmailDeliveryTests
{
    [Fact]
    public async Task ScheduledReport_DeliveredThroughTheOutbox_ArrivesOnceWithTheDocxAndXlsxOfTheArchive()
    {
        await using var outbox = await OutboxTestDatabase.CreateAsync(new Dictionary<string, string?>
        {
            ["Reports:EmailRecipients:0"] = "vanphong@quangtri.gov.vn",
        }, TestDatabaseContent.SampleCatalog);
        outbox.Smtp.Start();
        var october = ReportPeriod.Month(2026, 10);

        await GenerateAsync(outbox, october);
        await using var db = outbox.NewDbContext();
        var first = await db.ArchivedReports.AsNoTracking().SingleAsync();
        await GenerateAsync(outbox, october);
        await outbox.DeliverAsync();

        var message = Assert.Single(outbox.Smtp.Messages);
        Assert.Equal(2, (await db.ArchivedReports.AsNoTracking().SingleAsync()).Version);
        Assert.Equal("vanphong@quangtri.gov.vn", message.To.Mailboxes.Single().Address);
        Assert.Contains("10/2026", message.Subject);
        var files = message.Attachments.OfType<MimePart>().ToDictionary(f => f.FileName ?? "", Bytes);
        Assert.Equal(["bao-cao-hai-long-2026-10-tinh.docx", "bao-cao-hai-long-2026-10-tinh.xlsx"], files.Keys.Order());
        // The files of the first run: its e-mail was written with it, once; the rerun wrote none.
        Assert.Equal(first.Docx, files["bao-cao-hai-long-2026-10-tinh.docx"]);
        Assert.Equal(first.Xlsx, files["bao-cao-hai-long-2026-10-tinh.xlsx"]);
        using var document = WordprocessingDocument.Open(new MemoryStream(files["bao-cao-hai-long-2026-10-tinh.docx"]), false);
        Assert.Contains("10/2026", document.MainDocumentPart!.Document!.InnerText);
        using var annex = SpreadsheetDocument.Open(new MemoryStream(files["bao-cao-hai-long-2026-10-tinh.xlsx"]), false);
        Assert.NotEmpty(annex.WorkbookPart!.Workbook!.Sheets!.ChildElements);
        Assert.False(await db.OutboxAttachments.AnyAsync());
    }

    private static async Task GenerateAsync(OutboxTestDatabase outbox, ReportPeriod period)
    {
        await using var scope = outbox.Services.CreateAsyncScope();
        var archive = ActivatorUtilities.CreateInstance<ReportArchive>(scope.ServiceProvider);
        await archive.GenerateAsync(period, ReportScope.Province, ArchivedReport.Schedule, ReportMailing.Scheduled);
    }

    private static byte[] Bytes(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return stream.ToArray();
    }
}
