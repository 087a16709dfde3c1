namespace CchcFeedback.Core.Reports;

/// <summary>What the document says, in order, before any file format: the writers of .docx and HTML render the
/// same outline, and the annex writes its tables.</summary>
public sealed record ReportOutline(
    ReportHeading Heading,
    string Title,
    IReadOnlyList<ReportBlock> Body,
    ReportSignature Signature)
{
    /// <summary>Every table in the order the report gives them, then those kept for the annex only.</summary>
    public IReadOnlyList<ReportTable> Tables => [.. Body.OfType<ReportTableBlock>().Select(b => b.Table), .. AnnexOnly];

    public IReadOnlyList<ReportTable> AnnexOnly { get; init; } = [];
}

/// <summary>The two blocks at the top of a Decree 30/2020/NĐ-CP document: the issuing body with the document
/// number, and the national name and motto with the place and date.</summary>
public sealed record ReportHeading(string GoverningBody, string IssuingBody, string NumberLine, string DateLine)
{
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string DocumentKind = "BÁO CÁO";
}

/// <summary>"Nơi nhận" on the left, the signer's block on the right.</summary>
public sealed record ReportSignature(IReadOnlyList<string> Recipients, string Authority, string? SignerTitle, string SignerName)
{
    public const string RecipientsLabel = "Nơi nhận:";
}

public abstract record ReportBlock;

/// <summary>A section ("I. ...", level 1) or sub-section ("1. ...", level 2) heading.</summary>
public sealed record ReportHeadingBlock(string Text, int Level) : ReportBlock;

public sealed record ReportParagraph(string Text, bool Italic = false) : ReportBlock;

public sealed record ReportTableBlock(ReportTable Table) : ReportBlock;

/// <summary>A chart as a PNG, with its caption and its size in pixels (the document keeps the aspect ratio).</summary>
public sealed record ReportChart(string Caption, byte[] Png, int Width, int Height) : ReportBlock;
