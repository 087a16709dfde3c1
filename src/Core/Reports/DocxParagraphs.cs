using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcFeedback.Core.Reports;

/// <summary>How a paragraph of the document looks: size in points, weight, slant, alignment, first-line indent
/// and space before (both in twips, 1/20 pt), and whether it stays on the page of the next paragraph.</summary>
public sealed record DocxLook(
    double Size = DocxParagraphs.BodySize,
    bool Bold = false,
    bool Italic = false,
    JustificationValues? Align = null,
    int FirstLineIndent = 0,
    int SpaceBefore = 0,
    bool KeepWithNext = false);

/// <summary>Paragraphs as Decree 30/2020/NĐ-CP lays them out (Appendix I): Times New Roman, body 14 pt justified
/// with a 1 cm first-line indent and 6 pt before each paragraph; short horizontal rules under the issuing body,
/// the motto and the title.</summary>
public static class DocxParagraphs
{
    public const string FontName = "Times New Roman";
    public const double BodySize = 14;
    public const int Centimetre = 567;

    public static DocxLook BodyText { get; } = new(Align: JustificationValues.Both, FirstLineIndent: Centimetre, SpaceBefore: 120);

    public static DocxLook Centered(double size, bool bold = false, bool italic = false) =>
        new(size, bold, italic, JustificationValues.Center);

    public static Paragraph Paragraph(string text, DocxLook look)
    {
        ArgumentNullException.ThrowIfNull(look);
        var properties = new ParagraphProperties();
        if (look.KeepWithNext)
        {
            properties.Append(new KeepNext());
        }
        properties.Append(new SpacingBetweenLines { Before = look.SpaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture), After = "0" });
        if (look.FirstLineIndent > 0)
        {
            properties.Append(new Indentation { FirstLine = look.FirstLineIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        if (look.Align is { } align)
        {
            properties.Append(new Justification { Val = align });
        }
        properties.Append(new ParagraphMarkRunProperties(Size(look.Size)));
        return new Paragraph(properties, Run(text, look));
    }

    public static Run Run(string text, DocxLook look)
    {
        ArgumentNullException.ThrowIfNull(look);
        var properties = new RunProperties();
        if (look.Bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }
        if (look.Italic)
        {
            properties.Append(new Italic(), new ItalicComplexScript());
        }
        properties.Append(Size(look.Size), SizeComplexScript(look.Size));
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A centred horizontal rule <paramref name="length"/> twips long inside a space <paramref name="width"/>
    /// twips wide: the bottom border of an empty 3 pt paragraph indented from both sides, as Word draws a rule.</summary>
    public static Paragraph Rule(int length, int width)
    {
        var indent = Math.Max(0, (width - length) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = "0" },
            new Indentation { Left = indent, Right = indent },
            new Justification { Val = JustificationValues.Center },
            new ParagraphMarkRunProperties(Size(3))));
    }

    public static FontSize Size(double points) => new() { Val = HalfPoints(points) };

    public static FontSizeComplexScript SizeComplexScript(double points) => new() { Val = HalfPoints(points) };

    private static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
