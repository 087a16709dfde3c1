namespace CchcFeedback.Core.Reports;

/// <summary>One report, written three ways from the same figures: the document to file (.docx), its annex with
/// every table (.xlsx), and an HTML preview for the archive page (a fragment, every text HTML-encoded).</summary>
public sealed record ReportDocuments(string Title, byte[] Docx, byte[] Xlsx, string HtmlPreview);
