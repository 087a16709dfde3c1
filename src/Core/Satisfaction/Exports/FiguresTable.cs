using System.Globalization;
using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>The published figures as a table: one row per unit and local month. A suppressed figure is written as
/// "không đủ dữ liệu" and its value never leaves <see cref="PublishedFigure{T}"/>.</summary>
public static class FiguresTable
{
    public static IReadOnlyList<object?> Header { get; } =
    [
        "Cấp đơn vị", "Mã đơn vị", "Tên đơn vị", "Tháng",
        "Số đánh giá nhanh (n)", "Chỉ số hài lòng nhanh", "Cận dưới 95% (Wilson)", "Cận trên 95% (Wilson)",
        "Số trả lời SIPAS (n)", "Chỉ số SIPAS", "Điểm trung bình (1–5)",
    ];

    public static IReadOnlyList<object?> Row(UnitMonthFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var index = figures.QuickRating.Index;
        return
        [
            UnitNames.Vietnamese(figures.Unit.Kind),
            figures.Unit.Code,
            figures.Unit.Name,
            figures.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            figures.QuickRating.Answers,
            Cell(index, i => i.Estimate),
            Cell(index, i => i.Lower),
            Cell(index, i => i.Upper),
            figures.Sipas.Answers,
            Cell(figures.Sipas.Index, i => i),
            Cell(figures.Sipas.Mean, m => m.Mean),
        ];
    }

    private static object Cell<T>(PublishedFigure<T> figure, Func<T, double> value)
        where T : notnull =>
        figure.TryGetValue(out var shown) ? value(shown) : SmallCellRule.NotEnoughDataVi;
}
