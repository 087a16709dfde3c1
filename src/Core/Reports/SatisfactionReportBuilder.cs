using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Reports;

/// <summary>Writes the satisfaction report of a period and scope: the figures are read once
/// (<see cref="ReportContentReader"/>), composed into one outline, and written as the document, its annex and the
/// HTML preview, so the three cannot disagree.</summary>
public sealed class SatisfactionReportBuilder(ReportContentReader reader, IOptions<ReportOptions> options) : IReportBuilder
{
    public async Task<ReportDocuments> BuildAsync(ReportPeriod period, ReportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(scope);
        var content = await reader.ReadAsync(period, scope, cancellationToken);
        var outline = ReportComposer.Compose(content, options.Value);
        return new ReportDocuments(
            outline.Title,
            DocxReportWriter.Write(outline),
            AnnexWriter.Write(outline, content),
            HtmlReportPreview.Write(outline));
    }
}
