using CchcFeedback.Core.Data;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Reports.Archive;

/// <summary>What was archived: the report's version after this run, and how many e-mails it put in the outbox.</summary>
public sealed record ArchivedVersion(int Version, int EmailsQueued);

/// <summary>Generates a report and keeps it, keyed by period and scope. The documents are built first, outside
/// any transaction, so a builder that fails changes nothing and the previous version stays; then one short
/// transaction upserts the row (a rerun replaces it and counts a version, two runs at once still end with one
/// row: the unique key decides) and, when asked, writes the e-mails to the outbox with it.</summary>
public partial class ReportArchive(
    CchcDbContext db,
    IReportBuilder builder,
    IOptions<ReportOptions> reportOptions,
    IOptions<PublicSiteOptions> publicSite,
    OutboxDeliveryQueue delivery,
    TimeProvider clock,
    ILogger<ReportArchive> logger)
{
    /// <summary>The Manager page that lists the archive, named in the e-mails.</summary>
    public const string PagePath = "/Manage/Reports";

    /// <exception cref="ReportScopeNotFoundException">The scope's code names no center or department.</exception>
    public async Task<ArchivedVersion> GenerateAsync(ReportPeriod period, ReportScope scope, string generatedBy, ReportMailing? mailing,
        CancellationToken cancellationToken = default)
    {
        var documents = await builder.BuildAsync(period, scope, cancellationToken);
        var now = clock.GetUtcNow();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var version = await UpsertAsync(period, scope, documents, generatedBy, now, cancellationToken);
            var queued = 0;
            if (mailing is not null)
            {
                var archiveUrl = publicSite.Value.BaseUrl.TrimEnd('/') + PagePath;
                queued = await ReportEmails.QueueAsync(db, period, scope, documents, mailing, reportOptions.Value.EmailRecipients, archiveUrl, now, cancellationToken);
            }
            if (queued > 0)
            {
                await db.Database.ExecuteSqlAsync($"""
                    UPDATE archived_reports SET emailed_at = coalesce(emailed_at, {now})
                    WHERE period_key = {period.Key} AND scope_key = {scope.Key}
                    """, cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            LogArchived(period.Key, scope.Key, version, queued);
            if (queued > 0)
            {
                delivery.Nudge();
            }
            return new ArchivedVersion(version, queued);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<int> UpsertAsync(ReportPeriod period, ReportScope scope, ReportDocuments documents, string generatedBy, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var (periodKind, scopeKind) = (SnakeCaseEnum.ToName(period.Kind), SnakeCaseEnum.ToName(scope.Kind));
        var versions = await db.Database.SqlQuery<int>($"""
            INSERT INTO archived_reports (period_key, scope_key, period_kind, period_from, period_to, scope_kind, scope_code,
                                          title, docx, xlsx, html_preview, generated_at, generated_by, version)
            VALUES ({period.Key}, {scope.Key}, {periodKind}, {period.From}, {period.To}, {scopeKind}, {scope.Code},
                    {documents.Title}, {documents.Docx}, {documents.Xlsx}, {documents.HtmlPreview}, {now}, {generatedBy}, 1)
            ON CONFLICT (period_key, scope_key) DO UPDATE
            SET title = excluded.title, docx = excluded.docx, xlsx = excluded.xlsx, html_preview = excluded.html_preview,
                generated_at = excluded.generated_at, generated_by = excluded.generated_by,
                version = archived_reports.version + 1
            RETURNING version AS "Value"
            """).ToListAsync(cancellationToken);
        return versions.Single();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report {PeriodKey} {ScopeKey} archived as version {Version}; {Emails} e-mail(s) queued")]
    private partial void LogArchived(string periodKey, string scopeKey, int version, int emails);
}
