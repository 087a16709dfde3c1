using System.Globalization;
using CchcFeedback.Core.Satisfaction.Exports;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CchcFeedback.Core.Tests.Satisfaction.Exports;

/// <summary>Reads an exported file back with independent readers: CsvHelper for CSV, the Open XML SDK's DOM for XLSX.</summary>
public static class ExportedTables
{
    public static List<string[]> Read(byte[] file, ExportFormat format) => format == ExportFormat.Csv ? ReadCsv(file) : ReadXlsx(file);

    public static List<string[]> ReadCsv(byte[] file)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], file.Take(3));
        using var reader = new StreamReader(new MemoryStream(file), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record!);
        }
        return rows;
    }

    public static List<string[]> ReadXlsx(byte[] file)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = new List<string[]>();
        foreach (var row in sheet.Descendants<Row>())
        {
            var cells = row.Elements<Cell>().ToList();
            var width = cells.Count == 0 ? 0 : cells.Max(c => ColumnIndex(c.CellReference!.Value!)) + 1;
            var values = new string[width];
            Array.Fill(values, "");
            foreach (var cell in cells)
            {
                values[ColumnIndex(cell.CellReference!.Value!)] = cell.DataType?.Value == CellValues.InlineString
                    ? cell.InlineString!.Text!.Text
                    : cell.CellValue!.Text;
            }
            rows.Add(values);
        }
        return rows;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }
}
