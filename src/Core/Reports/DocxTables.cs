using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcFeedback.Core.Reports;

/// <summary>Tables of the document: a report table with ruled cells, 12 pt, its header repeated on each page; and
/// the borderless two-column tables that place the heading blocks and the signature side by side.</summary>
public static class DocxTables
{
    public const double TableSize = 12;

    /// <summary>The first column holds names and gets the room they need; the others share the rest.</summary>
    public static Table Data(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<ReportCell>> rows, int width)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var first = headers.Count == 1 ? width : headers.Count <= 3 ? width / 2 : width * 3 / 10;
        var rest = headers.Count == 1 ? 0 : (width - first) / (headers.Count - 1);
        var widths = headers.Select((_, i) => i == 0 ? first : rest).ToList();
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        table.Append(new TableRow(
        [
            new TableRowProperties(new TableHeader(), new CantSplit()),
            .. headers.Select((h, i) => Cell(widths[i], DocxParagraphs.Paragraph(h, DocxParagraphs.Centered(TableSize, bold: true)))),
        ]));
        foreach (var row in rows)
        {
            table.Append(new TableRow(
            [
                new TableRowProperties(new CantSplit()),
                .. row.Select((cell, i) => Cell(widths[i], DocxParagraphs.Paragraph(cell.Display, new DocxLook(
                    TableSize,
                    Bold: row == rows[^1] && row[0].Display == "Tổng cộng",
                    Align: i == 0 ? JustificationValues.Left : JustificationValues.Center)))),
            ]));
        }
        return table;
    }

    /// <summary>Two borderless columns, each row's cells holding the given paragraphs.</summary>
    public static Table Layout(int leftWidth, int rightWidth, params (IReadOnlyList<OpenXmlElement> Left, IReadOnlyList<OpenXmlElement> Right)[] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.Nil }, new BottomBorder { Val = BorderValues.Nil },
            new LeftBorder { Val = BorderValues.Nil }, new RightBorder { Val = BorderValues.Nil },
            new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil });
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(leftWidth + rightWidth), Type = TableWidthUnitValues.Dxa },
                none,
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = Twips(leftWidth) }, new GridColumn { Width = Twips(rightWidth) }));
        foreach (var (left, right) in rows)
        {
            table.Append(new TableRow(
                new TableRowProperties(new CantSplit()),
                Cell(leftWidth, [.. left]),
                Cell(rightWidth, [.. right])));
        }
        return table;
    }

    private static TableCell Cell(int width, params OpenXmlElement[] content) =>
        new([
            new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa }, new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
            .. content.Length == 0 ? [new Paragraph()] : content,
        ]);

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
