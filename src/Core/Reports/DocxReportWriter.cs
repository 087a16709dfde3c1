using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static CchcFeedback.Core.Reports.DocxParagraphs;

namespace CchcFeedback.Core.Reports;

/// <summary>
/// Writes a report outline as a .docx in the layout of Decree 30/2020/NĐ-CP (Appendix I): A4 portrait; margins
/// top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman; the issuing body (governing body regular, issuing
/// body bold, a short rule) with the number line on the left, the national name and motto (with a rule) with the
/// italic place and date on the right; "BÁO CÁO" and its title centred in bold; page numbers centred at the top from
/// the second page; "Nơi nhận" and the signer's block side by side at the end.
/// </summary>
public static class DocxReportWriter
{
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int TopMargin = 1134;
    public const int BottomMargin = 1134;
    public const int LeftMargin = 1701;
    public const int RightMargin = 850;
    public const int BodyWidth = PageWidth - LeftMargin - RightMargin;
    // The two heading blocks need about 18 cm for "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
    // VIỆT NAM" on one line each, more than the 16.5 cm of text: as in the Office's own templates, the heading table
    // reaches 1.3 cm into the left margin and 0.5 cm into the right one.
    private const int HeadingIndent = 737;
    private const int LeftBlock = 4820;
    private const int RightBlock = BodyWidth + HeadingIndent + 283 - LeftBlock;
    private const int SignatureLeft = 4300;

    public static byte[] Write(ReportOutline outline)
    {
        ArgumentNullException.ThrowIfNull(outline);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = outline.Title;
            document.PackageProperties.Creator = outline.Heading.IssuingBody;
            document.PackageProperties.Language = "vi-VN";
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(new Paragraph(
                new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
                new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " }));
            var body = new Body();
            body.Append(Heading(outline.Heading));
            body.Append(Title(outline.Title));
            uint pictures = 0;
            foreach (var block in outline.Body.SkipLast(1))
            {
                body.Append(Block(main, block, ref pictures));
            }
            // The signature never stands alone on the last page: the last paragraph goes with it.
            body.Append(outline.Body[^1] is ReportParagraph last
                ? [Paragraph(last.Text, BodyText with { Italic = last.Italic, KeepWithNext = true })]
                : Block(main, outline.Body[^1], ref pictures));
            body.Append(Paragraph("", BodyText with { KeepWithNext = true }));
            body.Append(Signature(outline.Signature));
            body.Append(new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
                new PageMargin { Top = TopMargin, Bottom = BottomMargin, Left = LeftMargin, Right = RightMargin, Header = 567, Footer = 567, Gutter = 0 },
                // Decree 30: no number on the first page.
                new TitlePage()));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName },
                    Size(BodySize),
                    SizeComplexScript(BodySize),
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }

    /// <summary>Decree 30 sizes: governing and issuing body 12–13 pt, national name 12–13 pt, motto 13–14 pt; the
    /// rule under the issuing body a third to a half of its line, the one under the motto as long as the motto.</summary>
    private static Table Heading(ReportHeading heading) => DocxTables.Layout(LeftBlock, RightBlock, HeadingIndent,
        (
            [
                Paragraph(heading.GoverningBody, Centered(12)),
                Paragraph(heading.IssuingBody, Centered(12, bold: true)),
                Rule(1700, LeftBlock),
            ],
            [
                Paragraph(ReportHeading.NationalName, Centered(12, bold: true)),
                Paragraph(ReportHeading.Motto, Centered(13, bold: true)),
                Rule(3350, RightBlock),
            ]),
        (
            [Paragraph(heading.NumberLine, Centered(13) with { SpaceBefore = 160 })],
            [Paragraph(heading.DateLine, Centered(14, italic: true) with { SpaceBefore = 160 })]));

    private static IEnumerable<OpenXmlElement> Title(string title) =>
    [
        Paragraph(ReportHeading.DocumentKind, Centered(14, bold: true) with { SpaceBefore = 480 }),
        Paragraph(title, Centered(14, bold: true)),
        Rule(2000, BodyWidth),
        Paragraph("", Centered(8)),
    ];

    private static IEnumerable<OpenXmlElement> Block(MainDocumentPart main, ReportBlock block, ref uint pictures)
    {
        switch (block)
        {
            case ReportHeadingBlock heading:
                return [Paragraph(heading.Text, BodyText with { Bold = true, Italic = heading.Level > 1, SpaceBefore = 180, KeepWithNext = true })];
            case ReportParagraph paragraph:
                return [Paragraph(paragraph.Text, BodyText with { Italic = paragraph.Italic })];
            case ReportTableBlock { Table: var table }:
                var (headers, rows) = table.View(annex: false);
                var parts = new List<OpenXmlElement>
                {
                    Paragraph(table.Caption, Centered(13, bold: true) with { SpaceBefore = 180, KeepWithNext = true }),
                    DocxTables.Data(headers, rows, BodyWidth),
                };
                if (table.HasSuppressedCells)
                {
                    parts.Add(Paragraph("Ghi chú: " + ReportTable.SuppressedNote, new DocxLook(12, Italic: true, SpaceBefore: 40)));
                }
                return parts;
            case ReportChart chart:
                return
                [
                    DocxImages.Inline(main, chart, BodyWidth - 2 * Centimetre / 2, ++pictures),
                    Paragraph(chart.Caption, Centered(13, italic: true) with { SpaceBefore = 60 }),
                ];
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, null);
        }
    }

    private static Table Signature(ReportSignature signature)
    {
        var recipients = new List<OpenXmlElement> { Paragraph(ReportSignature.RecipientsLabel, new DocxLook(12, Bold: true, Italic: true)) };
        recipients.AddRange(signature.Recipients.Select(r => Paragraph("- " + r, new DocxLook(11))));
        var signer = new List<OpenXmlElement> { Paragraph(signature.Authority, Centered(14, bold: true)) };
        if (!string.IsNullOrWhiteSpace(signature.SignerTitle))
        {
            signer.Add(Paragraph(signature.SignerTitle, Centered(14, bold: true)));
        }
        // Room for the signature and the seal.
        signer.AddRange(Enumerable.Range(0, 5).Select(_ => Paragraph("", Centered(14))));
        signer.Add(Paragraph(signature.SignerName, Centered(14, bold: true)));
        return DocxTables.Layout(SignatureLeft, BodyWidth - SignatureLeft, 0, (recipients, signer));
    }
}
