using System.CommandLine;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Jobs.Commands;

/// <summary>Writes one satisfaction report (.docx, .xlsx annex, .html preview) into a folder, for an operator or
/// <c>scripts/report-pdf.sh</c>; the archive and its job are the Web's and the Jobs host's business.</summary>
public static class WriteReportCommand
{
    public static Command Build()
    {
        var directory = new Argument<DirectoryInfo>("directory") { Description = "Folder to write the report's files into (created if missing)" };
        var period = new Option<string?>("--period") { Description = "2026-03, 2026-Q1, 2026-H1 or 2026-Y; last month when left out" };
        var scope = new Option<string>("--scope") { Description = "province, center:CODE or department:CODE", DefaultValueFactory = _ => "province" };
        var fold = new Option<bool>("--fold-pending") { Description = "Fold responses not yet counted into the statistics first (a database without a running Jobs host)" };
        var command = new Command("write-report", "Write the satisfaction report of a period and scope as .docx, .xlsx and .html") { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(directory);
        command.Options.Add(period);
        command.Options.Add(scope);
        command.Options.Add(fold);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            var periodKey = result.GetValue(period);
            var reportPeriod = ReportPeriod.PreviousMonth(VietnamTime.DateOf(services.GetRequiredService<TimeProvider>().GetUtcNow()));
            if (periodKey is not null && !ReportKeys.TryParsePeriod(periodKey, out reportPeriod))
            {
                Console.Error.WriteLine($"Kỳ không hợp lệ / Invalid period: {periodKey} (2026-03, 2026-Q1, 2026-H1, 2026-Y)");
                return 2;
            }
            if (!ReportKeys.TryParseScope(result.GetValue(scope), out var reportScope))
            {
                Console.Error.WriteLine($"Phạm vi không hợp lệ / Invalid scope: {result.GetValue(scope)} (province, center:CODE, department:CODE)");
                return 2;
            }
            if (result.GetValue(fold))
            {
                var folded = await ActivatorUtilities.CreateInstance<SatisfactionRollupJob>(services).RollupAsync(SatisfactionRollupJob.BatchSize, ct);
                Console.WriteLine($"Đã tổng hợp {folded.Folded} câu trả lời / Folded {folded.Folded} responses");
            }
            ReportDocuments report;
            try
            {
                report = await services.GetRequiredService<IReportBuilder>().BuildAsync(reportPeriod, reportScope, ct);
            }
            catch (ReportScopeNotFoundException exception)
            {
                Console.Error.WriteLine($"Không có mã này trong danh mục / {exception.Message}");
                return 1;
            }
            var folder = Directory.CreateDirectory(result.GetRequiredValue(directory).FullName).FullName;
            var name = $"bao-cao-{reportPeriod.Key}-{reportScope.Key.Replace(':', '-')}";
            await File.WriteAllBytesAsync(Path.Combine(folder, name + ".docx"), report.Docx, ct);
            await File.WriteAllBytesAsync(Path.Combine(folder, name + ".xlsx"), report.Xlsx, ct);
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), report.HtmlPreview, ct);
            Console.WriteLine(report.Title);
            Console.WriteLine(Path.Combine(folder, name + ".docx"));
            return 0;
        }, cancellationToken));
        return command;
    }
}
