using System.Security.Cryptography;
using System.Text;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Security;

namespace CchcFeedback.Core.Reports.Archive;

/// <summary>Writes a report's e-mails to the outbox, one per recipient, with the .docx and the .xlsx attached, in
/// the caller's transaction.</summary>
public static class ReportEmails
{
    /// <summary>What every dedupe key of the e-mails of a period and scope starts with, whatever the occasion.</summary>
    public static string KeyPrefix(string periodKey, string scopeKey) => $"report:{periodKey}:{scopeKey}:";

    /// <returns>How many messages are new.</returns>
    public static async Task<int> QueueAsync(CchcDbContext db, ReportPeriod period, ReportScope scope, ReportDocuments documents,
        ReportMailing mailing, IEnumerable<string> recipients, string archiveUrl, DateTimeOffset now, CancellationToken cancellationToken)
    {
        MessageAttachment[] attachments =
        [
            new(ReportFiles.FileName(period, scope, ReportFormat.Docx), ReportFiles.DocxContentType, documents.Docx),
            new(ReportFiles.FileName(period, scope, ReportFormat.Xlsx), ReportFiles.XlsxContentType, documents.Xlsx),
        ];
        var title = string.Join(' ', documents.Title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var subject = title.Length <= 300 ? title : TextInput.Cut(title, 299) + "…";
        var body = $"""
            {title}
            Kỳ báo cáo: từ ngày {period.From:dd/MM/yyyy} đến ngày {period.To:dd/MM/yyyy}.

            Kèm theo thư này: báo cáo (tệp .docx) và phụ lục số liệu (tệp .xlsx).
            Xem, tải về hoặc tạo lại báo cáo tại {archiveUrl} (cần đăng nhập với quyền quản lý).

            Thư gửi tự động từ hệ thống Góp ý cải cách hành chính; xin không trả lời thư này.
            """;
        var queued = 0;
        foreach (var recipient in recipients.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var key = KeyPrefix(period.Key, scope.Key) + $"{mailing.Occasion}:{RecipientHash(recipient)}";
            var draft = new OutboxDraft(OutboxChannel.Email, recipient, subject, body, key, Attachments: attachments);
            if (await OutboxWriter.AddAsync(db, draft, now, cancellationToken))
            {
                queued++;
            }
        }
        return queued;
    }

    /// <summary>An address can be longer than a dedupe key may be: its hash names it instead.</summary>
    private static string RecipientHash(string recipient) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipient.ToLowerInvariant())))[..16];
}
