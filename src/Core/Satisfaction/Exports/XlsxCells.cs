using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>Cells as every workbook of the project writes them: numbers as numbers, everything else as inline
/// strings (no shared-string table to keep), text as <see cref="TableCells"/> reads it.</summary>
internal static class XlsxCells
{
    public static Cell Cell(string reference, object cell) => TableCells.IsNumber(cell)
        ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(TableCells.Text(cell)) }
        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(TableCells.Text(cell)) { Space = SpaceProcessingModeValues.Preserve }) };

    /// <summary>A1-style column letters: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    public static string Reference(int column, uint row) =>
        ColumnName(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
