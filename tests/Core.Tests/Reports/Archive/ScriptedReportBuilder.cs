using CchcFeedback.Core.Reports;

namespace CchcFeedback.Core.Tests.Reports.Archive;

/// <summary>A builder that does what the test says (return given documents, throw, wait for another run): for the
/// archive's own mechanics only; the real documents come from SatisfactionReportBuilder.</summary>
public sealed class ScriptedReportBuilder(Func<ReportPeriod, ReportScope, Task<ReportDocuments>> build) : IReportBuilder
{
    public int Calls;

    public static ReportDocuments Documents(string text) =>
        new($"Báo cáo {text}", [.. "docx-"u8, .. System.Text.Encoding.UTF8.GetBytes(text)], [.. "xlsx-"u8, .. System.Text.Encoding.UTF8.GetBytes(text)], $"<p>{text}</p>");

    public static ScriptedReportBuilder Returning(string text) => new((_, _) => Task.FromResult(Documents(text)));

    public static ScriptedReportBuilder Failing() => new((_, _) => throw new InvalidOperationException("The statistics engine is down"));

    /// <summary>Each run waits until <paramref name="runs"/> runs have built, so that their upserts race.</summary>
    public static ScriptedReportBuilder Meeting(int runs)
    {
        var arrived = 0;
        var all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return new(async (_, _) =>
        {
            var number = Interlocked.Increment(ref arrived);
            if (number == runs)
            {
                all.SetResult();
            }
            await all.Task.WaitAsync(TimeSpan.FromMinutes(1));
            return Documents($"run {number}");
        });
    }

    public Task<ReportDocuments> BuildAsync(ReportPeriod period, ReportScope scope, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref Calls);
        return build(period, scope);
    }
}
