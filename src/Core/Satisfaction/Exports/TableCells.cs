using System.Globalization;

namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>How a cell reads as text, the same in every format: invariant culture, doubles round-trip exactly.</summary>
internal static class TableCells
{
    public static string Text(object? cell) => cell switch
    {
        null => "",
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    public static bool IsNumber(object? cell) => cell is int or long or short or double;
}
