using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;

namespace CchcFeedback.Core.Tests.Reports;

/// <summary>Reads a report's files back with the Open XML SDK: the document's paragraphs and tables as text, and
/// the annex's sheets as cells (numbers as doubles, text as strings, empty cells as null).</summary>
public static class ReportFileReader
{
    public static WordprocessingDocument OpenDocx(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);

    /// <summary>The document's top-level paragraphs' texts, in order.</summary>
    public static List<string> Paragraphs(byte[] docx)
    {
        using var document = OpenDocx(docx);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText)];
    }

    /// <summary>The rows (cell texts) of the first table whose caption paragraph contains <paramref name="caption"/>.</summary>
    public static List<string[]> TableAfter(byte[] docx, string caption)
    {
        using var document = OpenDocx(docx);
        var elements = document.MainDocumentPart!.Document!.Body!.ChildElements.ToList();
        var at = elements.FindIndex(e => e is Paragraph p && p.InnerText.Contains(caption, StringComparison.Ordinal));
        Assert.True(at >= 0, $"No caption contains «{caption}».");
        var table = Assert.IsType<Table>(elements[at + 1]);
        return [.. table.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToArray())];
    }

    public static Dictionary<string, List<object?[]>> Sheets(byte[] xlsx)
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx), isEditable: false);
        var book = workbook.WorkbookPart!;
        var sheets = new Dictionary<string, List<object?[]>>();
        foreach (var sheet in book.Workbook!.Sheets!.Elements<Spreadsheet.Sheet>())
        {
            var part = (WorksheetPart)book.GetPartById(sheet.Id!.Value!);
            var rows = new List<object?[]>();
            foreach (var row in part.Worksheet!.Descendants<Spreadsheet.Row>())
            {
                var cells = row.Elements<Spreadsheet.Cell>().ToList();
                var values = new object?[cells.Count == 0 ? 0 : cells.Max(c => Column(c.CellReference!.Value!)) + 1];
                foreach (var cell in cells)
                {
                    values[Column(cell.CellReference!.Value!)] = cell.DataType?.Value == Spreadsheet.CellValues.InlineString
                        ? cell.InlineString!.InnerText
                        : double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
                }
                rows.Add(values);
            }
            sheets[sheet.Name!.Value!] = rows;
        }
        return sheets;
    }

    /// <summary>The row of a sheet whose first cell is <paramref name="first"/>.</summary>
    public static object?[] Row(List<object?[]> sheet, string first) =>
        sheet.Single(r => r.Length > 0 && Equals(r[0], first));

    /// <summary>The cell under <paramref name="header"/> (the headers are the sheet's second row).</summary>
    public static object? Cell(List<object?[]> sheet, object?[] row, string header)
    {
        var column = Array.IndexOf(sheet[1], header);
        Assert.True(column >= 0, $"No column «{header}».");
        return column < row.Length ? row[column] : null;
    }

    private static int Column(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }
}
