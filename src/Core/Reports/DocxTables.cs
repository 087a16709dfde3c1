using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CchcFeedback.Core.Reports;

/// <summary>Tables of the document: a report table with ruled cells, 12 pt, its header repeated on each page; and
/// the borderless two-column tables that place the heading blocks and the signature side by side.</summary>
public static class DocxTables
{
    public const double TableSize = 12;

    /// <summary>The first column holds names and gets what the figure columns leave, 28% of the table or more unless
    /// the figure columns cannot be narrower.
    /// A figure column never breaks a word; it would like its longest cell on one line and its header on three
    /// (within 4.6 cm), and gets that when there is room, evenly more when there is more.</summary>
    public static Table Data(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<ReportCell>> rows, int width)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var widths = Widths(headers, rows, width);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
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
            .. headers.Select((h, i) => Cell(widths[i], DocxParagraphs.Paragraph(h, DocxParagraphs.Centered(TableSize, bold: true)), TableVerticalAlignmentValues.Center)),
        ]));
        foreach (var row in rows)
        {
            table.Append(new TableRow(
            [
                new TableRowProperties(new CantSplit()),
                .. row.Select((cell, i) => Cell(widths[i], DocxParagraphs.Paragraph(cell.Display, new DocxLook(
                    TableSize,
                    Bold: row == rows[^1] && row[0].Display == "Tổng cộng",
                    Align: i == 0 || IsProse(cell) ? JustificationValues.Left : JustificationValues.Center)), TableVerticalAlignmentValues.Center)),
            ]));
        }
        return table;
    }

    /// <summary>Two borderless columns, each row's cells holding the given paragraphs from their top, the table
    /// moved <paramref name="indent"/> twips left of the text (into the margin) when the blocks need more room.</summary>
    public static Table Layout(int leftWidth, int rightWidth, int indent, params (IReadOnlyList<OpenXmlElement> Left, IReadOnlyList<OpenXmlElement> Right)[] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var none = new TableBorders(
            new TopBorder { Val = BorderValues.Nil }, new LeftBorder { Val = BorderValues.Nil },
            new BottomBorder { Val = BorderValues.Nil }, new RightBorder { Val = BorderValues.Nil },
            new InsideHorizontalBorder { Val = BorderValues.Nil }, new InsideVerticalBorder { Val = BorderValues.Nil });
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(leftWidth + rightWidth), Type = TableWidthUnitValues.Dxa },
                new TableIndentation { Width = -indent, Type = TableWidthUnitValues.Dxa },
                none,
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = Twips(leftWidth) }, new GridColumn { Width = Twips(rightWidth) }));
        foreach (var (left, right) in rows)
        {
            table.Append(new TableRow(
                new TableRowProperties(new CantSplit()),
                Cell(leftWidth, [.. left], TableVerticalAlignmentValues.Top),
                Cell(rightWidth, [.. right], TableVerticalAlignmentValues.Top)));
        }
        return table;
    }

    private static TableCell Cell(int width, OpenXmlElement content, TableVerticalAlignmentValues alignment) => Cell(width, [content], alignment);

    private static TableCell Cell(int width, OpenXmlElement[] content, TableVerticalAlignmentValues alignment) =>
        new([
            new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa }, new TableCellVerticalAlignment { Val = alignment }),
            .. content.Length == 0 ? [new Paragraph()] : content,
        ]);

    private static List<int> Widths(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<ReportCell>> rows, int width)
    {
        var columns = Enumerable.Range(1, headers.Count - 1).Select(i =>
        {
            var cells = rows.Select(r => r[i].Display).DefaultIfEmpty("").ToList();
            var least = OneLine(cells.Append(headers[i]).SelectMany(t => t.Split(' ')).Max(w => w.Length));
            var wish = Math.Clamp(Math.Max(OneLine(cells.Max(t => t.Length)), OneLine((headers[i].Length + 2) / 3)), least, Math.Max(least, 2600));
            return (Least: least, Wish: wish);
        }).ToList();
        var room = width * 72 / 100;
        var (least, wish) = (columns.Sum(c => c.Least), columns.Sum(c => c.Wish));
        List<int> figures = wish <= room
            ? [.. columns.Select(c => c.Wish + Math.Max(0, Math.Min((room - wish) / columns.Count, 2000 - c.Wish)))]
            : least < room
                ? [.. columns.Select(c => c.Least + (c.Wish - c.Least) * (room - least) / (wish - least))]
                : [.. columns.Select(c => c.Least)];
        return [width - figures.Sum(), .. figures];
    }

    /// <summary>Figures, intervals and short words are centred; sentences (the units a unit differs from) read from the left.</summary>
    private static bool IsProse(ReportCell cell) => cell.Kind == ReportCellKind.Text && cell.Display.Length > 24;

    /// <summary>Twips a line of that many characters of 12 pt Times New Roman (bold in headers) takes, with the cell's margins.</summary>
    private static int OneLine(int characters) => 200 + 140 * characters;

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
