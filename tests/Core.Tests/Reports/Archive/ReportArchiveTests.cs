using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Reports.Archive;

public class ReportArchiveTests
{
    private static readonly ReportPeriod October = ReportPeriod.Month(2026, 10);

    [Fact]
    public async Task GenerateAsync_Rerun_ReplacesTheReportAsVersion2InOneRow()
    {
        var texts = new Queue<string>(["first", "second"]);
        await using var archive = await ArchiveTestServices.CreateAsync(new ScriptedReportBuilder((_, _) => Task.FromResult(ScriptedReportBuilder.Documents(texts.Dequeue()))));

        var first = await archive.GenerateAsync(October, ReportScope.Province);
        archive.Clock.Advance(TimeSpan.FromHours(2));
        var second = await archive.GenerateAsync(October, ReportScope.Province, by: "quanly@quangtri.gov.vn");

        Assert.Equal((1, 2), (first.Version, second.Version));
        await using var db = archive.NewDbContext();
        var report = await db.ArchivedReports.AsNoTracking().SingleAsync();
        Assert.Equal(("2026-10", "province", 2), (report.PeriodKey, report.ScopeKey, report.Version));
        Assert.Equal(ScriptedReportBuilder.Documents("second").Docx, report.Docx);
        Assert.Equal(ScriptedReportBuilder.Documents("second").Xlsx, report.Xlsx);
        Assert.Equal(("Báo cáo second", "<p>second</p>"), (report.Title, report.HtmlPreview));
        Assert.Equal("quanly@quangtri.gov.vn", report.GeneratedBy);
        Assert.Equal(ArchiveTestServices.Start.AddHours(2), report.GeneratedAt);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 31), ReportPeriodKind.Month), (report.PeriodFrom, report.PeriodTo, report.PeriodKind));
    }

    [Fact]
    public async Task GenerateAsync_BuilderFails_KeepsThePreviousVersion()
    {
        var fail = false;
        await using var archive = await ArchiveTestServices.CreateAsync(new ScriptedReportBuilder((_, _) =>
            fail ? throw new InvalidOperationException("The statistics engine is down") : Task.FromResult(ScriptedReportBuilder.Documents("kept"))));
        var scope = ReportScope.Center("TT_TINH");
        await archive.GenerateAsync(October, scope);
        archive.Clock.Advance(TimeSpan.FromDays(1));
        fail = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => archive.GenerateAsync(October, scope, ReportMailing.Scheduled));

        await using var db = archive.NewDbContext();
        var report = await db.ArchivedReports.AsNoTracking().SingleAsync();
        Assert.Equal((1, "Báo cáo kept", ArchiveTestServices.Start), (report.Version, report.Title, report.GeneratedAt));
        Assert.Equal(ScriptedReportBuilder.Documents("kept").Docx, report.Docx);
        Assert.Equal(("center", "TT_TINH", SatisfactionScope.Center), (report.ScopeKey.Split(':')[0], report.ScopeCode, report.ScopeKind));
        Assert.False(await db.OutboxMessages.AnyAsync());
    }

    [Fact]
    public async Task GenerateAsync_TwoRunsAtOnce_EndWithOneRowAtVersion2()
    {
        var builder = ScriptedReportBuilder.Meeting(runs: 2);
        await using var archive = await ArchiveTestServices.CreateAsync(builder);
        var scope = ReportScope.Department("SO_TP");

        var runs = await Task.WhenAll(
            archive.GenerateAsync(October, scope, ReportMailing.Scheduled),
            archive.GenerateAsync(October, scope, ReportMailing.Scheduled));

        Assert.Equal([1, 2], runs.Select(r => r.Version).Order());
        Assert.Equal(ArchiveTestServices.Recipients.Length, runs.Sum(r => r.EmailsQueued));
        await using var db = archive.NewDbContext();
        var report = await db.ArchivedReports.AsNoTracking().SingleAsync();
        Assert.Equal(("department:SO_TP", 2), (report.ScopeKey, report.Version));
        Assert.Equal(ArchiveTestServices.Recipients.Length, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task GenerateAsync_ScheduledReportRerun_MailsEachRecipientOnceWithBothFiles()
    {
        await using var archive = await ArchiveTestServices.CreateAsync(ScriptedReportBuilder.Returning("mail"));

        var first = await archive.GenerateAsync(October, ReportScope.Province, ReportMailing.Scheduled);
        archive.Clock.Advance(TimeSpan.FromHours(1));
        var rerun = await archive.GenerateAsync(October, ReportScope.Province, ReportMailing.Scheduled);

        Assert.Equal((2, 0), (first.EmailsQueued, rerun.EmailsQueued));
        await using var db = archive.NewDbContext();
        var messages = await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Recipient).ToListAsync();
        Assert.Equal(ArchiveTestServices.Recipients.Order(), messages.Select(m => m.Recipient));
        Assert.All(messages, m => Assert.StartsWith(ReportEmails.KeyPrefix("2026-10", "province"), m.DedupeKey));
        Assert.All(messages, m => Assert.Equal("Báo cáo mail", m.Subject));
        Assert.All(messages, m => Assert.Contains("https://gopy.quangtri.test/Manage/Reports", m.Body));
        var files = await db.OutboxAttachments.AsNoTracking().OrderBy(a => a.MessageId).ThenBy(a => a.Position)
            .Select(a => new { a.MessageId, a.FileName, a.ContentType }).ToListAsync();
        Assert.Equal(4, files.Count);
        Assert.All(files.Chunk(2), pair => Assert.Equal(
            [("bao-cao-hai-long-2026-10-tinh.docx", ReportFiles.DocxContentType), ("bao-cao-hai-long-2026-10-tinh.xlsx", ReportFiles.XlsxContentType)],
            pair.Select(f => (f.FileName, f.ContentType))));
        var report = await db.ArchivedReports.AsNoTracking().SingleAsync();
        Assert.Equal((2, (DateTimeOffset?)ArchiveTestServices.Start), (report.Version, report.EmailedAt));
    }

    [Fact]
    public async Task GenerateAsync_WithoutMailing_QueuesNothing()
    {
        await using var archive = await ArchiveTestServices.CreateAsync(ScriptedReportBuilder.Returning("quiet"));

        var result = await archive.GenerateAsync(ReportPeriod.SixMonths(2026, 2), ReportScope.Province);

        Assert.Equal(new ArchivedVersion(1, 0), result);
        await using var db = archive.NewDbContext();
        Assert.False(await db.OutboxMessages.AnyAsync());
        Assert.Null((await db.ArchivedReports.AsNoTracking().SingleAsync()).EmailedAt);
    }

    [Fact]
    public async Task GenerateAsync_TwoOrdersThatAskForMail_MailEachTime()
    {
        await using var archive = await ArchiveTestServices.CreateAsync(ScriptedReportBuilder.Returning("order"));

        var first = await archive.GenerateAsync(October, ReportScope.Province, ReportMailing.ForOrder(Guid.NewGuid()), "quanly@quangtri.gov.vn");
        var second = await archive.GenerateAsync(October, ReportScope.Province, ReportMailing.ForOrder(Guid.NewGuid()), "quanly@quangtri.gov.vn");

        Assert.Equal((2, 2), (first.EmailsQueued, second.EmailsQueued));
        await using var db = archive.NewDbContext();
        Assert.Equal(4, await db.OutboxMessages.CountAsync());
    }
}
