namespace CchcFeedback.Core.Reports;

/// <summary>One numbered section of the report: its heading (without the numeral, which the composer adds) and
/// what it says.</summary>
public sealed record ReportSection(string Heading, IReadOnlyList<ReportBlock> Blocks);
