using CchcFeedback.Core.Satisfaction.Exports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CchcFeedback.Core.Reports;

/// <summary>
/// The report's annex as an .xlsx: a first sheet saying what the workbook is, then one sheet per table of the
/// report and the per-counter sheet. Numbers are numbers (shares as fractions shown as percentages), with every
/// column the document folds together kept apart; a suppressed figure is an empty cell, and its row says why in a
/// last "Ghi chú" column. Cells are written as the statistics exports write them (<see cref="XlsxCells"/>).
/// </summary>
public static class AnnexWriter
{
    public const string AboutSheet = "Thông tin";
    public const string NoteHeader = "Ghi chú";
    public const string SuppressedRowNote = "Ô để trống: dưới 10 ý kiến, không công bố";

    // Cell formats of the stylesheet below, by index.
    private const uint Plain = 0, PercentFormat = 1, DecimalFormat = 2, CountFormat = 3, Heading = 4;

    public static byte[] Write(ReportOutline outline, ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(outline);
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            workbook.PackageProperties.Title = "Phụ lục: " + outline.Title;
            workbook.PackageProperties.Language = "vi-VN";
            var book = workbook.AddWorkbookPart();
            book.Workbook = new Workbook(new Sheets());
            AddStyles(book);
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            AddSheet(book, Unique(AboutSheet, names), About(outline, content), [60, 60]);
            foreach (var table in outline.Tables)
            {
                var (headers, rows) = table.View(annex: true);
                AddSheet(book, Unique(table.SheetName, names), Sheet(table.Caption, headers, rows),
                    [.. headers.Select((_, i) => i == 0 ? 48.0 : 16.0), .. table.HasSuppressedCells ? new[] { 40.0 } : []]);
            }
        }
        return stream.ToArray();
    }

    private static List<IReadOnlyList<(object? Value, uint Style)>> About(ReportOutline outline, ReportContent content) =>
    [
        [("Phụ lục số liệu", Heading)],
        [(outline.Title, Plain)],
        [],
        [("Kỳ báo cáo", Heading), ($"{ReportPeriodText.Day(content.Period.From)} – {ReportPeriodText.Day(content.Period.To)}", Plain)],
        [("Phạm vi", Heading), (content.Place.Description, Plain)],
        [("Ngày lập", Heading), (ReportPeriodText.Day(content.IssuedOn), Plain)],
        [("Nguồn số liệu", Heading), ("Số liệu thống kê của hệ thống, cùng nguồn với trang thống kê", Plain)],
        [("Ô để trống", Heading), (ReportTable.SuppressedNote, Plain)],
        [("Tỷ lệ", Heading), ("Ghi dưới dạng số (0–1), hiển thị theo phần trăm", Plain)],
    ];

    private static List<IReadOnlyList<(object? Value, uint Style)>> Sheet(string caption, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<ReportCell>> rows)
    {
        var notes = rows.Any(r => r.Any(c => c.Kind == ReportCellKind.Suppressed));
        var sheet = new List<IReadOnlyList<(object? Value, uint Style)>>();
        sheet.Add([(caption, Heading)]);
        sheet.Add([.. headers.Select(h => ((object?)h, Heading)), .. notes ? new[] { ((object?)NoteHeader, Heading) } : []]);
        foreach (var row in rows)
        {
            var suppressed = row.Any(c => c.Kind == ReportCellKind.Suppressed);
            sheet.Add([.. row.Select(Cell), .. notes ? new[] { ((object?)(suppressed ? SuppressedRowNote : null), Plain) } : []]);
        }
        return sheet;
    }

    private static (object? Value, uint Style) Cell(ReportCell cell) => cell.Kind switch
    {
        ReportCellKind.Text => (cell.Display, Plain),
        ReportCellKind.Count => (cell.Value, CountFormat),
        ReportCellKind.Percent => (cell.Value, PercentFormat),
        ReportCellKind.Decimal => (cell.Value, DecimalFormat),
        _ => (null, Plain),
    };

    private static void AddSheet(WorkbookPart book, string name, List<IReadOnlyList<(object? Value, uint Style)>> rows, IReadOnlyList<double> widths)
    {
        var part = book.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var index = (uint)r + 1;
            var row = new Row { RowIndex = index };
            for (var c = 0; c < rows[r].Count; c++)
            {
                if (rows[r][c] is ({ } value, var style))
                {
                    var cell = XlsxCells.Cell(XlsxCells.Reference(c, index), value);
                    cell.StyleIndex = style;
                    row.Append(cell);
                }
            }
            data.Append(row);
        }
        var columns = new Columns(widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true }));
        part.Worksheet = new Worksheet(columns, data);
        var sheets = book.Workbook.Sheets!;
        sheets.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = (uint)sheets.ChildElements.Count + 1, Name = name });
    }

    private static void AddStyles(WorkbookPart book)
    {
        var styles = book.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0%" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 12 }, new FontName { Val = DocxParagraphs.FontName }),
                new Font(new Bold(), new FontSize { Val = 12 }, new FontName { Val = DocxParagraphs.FontName }))
            { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0 },
                new CellFormat { NumberFormatId = 164, FontId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 2, FontId = 0, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 3, FontId = 0, ApplyNumberFormat = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }) { NumberFormatId = 0, FontId = 1, ApplyFont = true, ApplyAlignment = true })
            { Count = 5 });
    }

    /// <summary>Sheet names are unique regardless of case; a repeated one gets a number.</summary>
    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = $" ({n})";
            candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }
        return candidate;
    }
}
