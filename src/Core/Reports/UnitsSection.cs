using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Satisfaction.Exports;

namespace CchcFeedback.Core.Reports;

/// <summary>Section III: the scope's units compared on the quick-rating index, with the differences that the
/// engine's chi-square test and Holm-corrected pairwise tests find significant (SatisfactionFigures.CompareAsync).</summary>
public static class UnitsSection
{
    /// <summary>Beyond this many units a bar chart no longer reads; the table still lists them all.</summary>
    public const int MostUnitsCharted = 25;

    public static ReportSection From(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var blocks = new List<ReportBlock>();
        var number = 0;
        foreach (var comparison in content.Comparisons)
        {
            var kind = UnitNames.Vietnamese(comparison.Kind);
            blocks.Add(new ReportHeadingBlock($"{++number}. Theo {kind}", 2));
            if (comparison.Units.Count == 0)
            {
                blocks.Add(new ReportParagraph($"Không có {kind} nào có lượt đánh giá trong kỳ."));
                continue;
            }
            blocks.Add(new ReportParagraph(TestSentence(comparison)));
            if (comparison.Units.Count(u => !u.QuickRating.Index.IsSuppressed) <= MostUnitsCharted
                && ReportCharts.Units(comparison, $"Chỉ số hài lòng theo {kind} (khoảng tin cậy 95%)") is { } chart)
            {
                blocks.Add(chart);
            }
            blocks.Add(new ReportTableBlock(Table(comparison, SheetName(comparison.Kind), $"Chỉ số hài lòng theo {kind}; «cao hơn», «thấp hơn» chỉ khi khác biệt có ý nghĩa thống kê sau hiệu chỉnh Holm")));
        }
        return new ReportSection("KẾT QUẢ THEO ĐƠN VỊ", blocks);
    }

    /// <summary>A comparison as a table: the per-counter sheet of the annex is one too.</summary>
    public static ReportTable Table(UnitComparison comparison, string sheetName, string caption, bool inDocument = true)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var kind = UnitNames.Vietnamese(comparison.Kind);
        return new ReportTable(
            sheetName,
            caption,
            [
                new(char.ToUpperInvariant(kind[0]) + kind[1..]), new("Mã", ReportColumnUse.Annex), new("Chỉ số"),
                new("Khoảng tin cậy 95%", ReportColumnUse.Document),
                new("Cận dưới 95%", ReportColumnUse.Annex), new("Cận trên 95%", ReportColumnUse.Annex),
                new("n"), new("Khác biệt có ý nghĩa"),
            ],
            [.. comparison.Units.Select(u => (IReadOnlyList<ReportCell>)
            [
                ReportCell.Text(u.Unit.Name),
                ReportCell.Text(u.Unit.Code),
                ReportCell.Of(u.QuickRating.Index, i => ReportCell.Percent(i.Estimate)),
                ReportCell.Of(u.QuickRating.Index, i => ReportCell.Text(ReportNumbers.Interval(i))),
                ReportCell.Of(u.QuickRating.Index, i => ReportCell.Percent(i.Lower)),
                ReportCell.Of(u.QuickRating.Index, i => ReportCell.Percent(i.Upper)),
                ReportCell.Count(u.QuickRating.Answers),
                ReportCell.Text(Differences(u)),
            ])],
            inDocument);
    }

    private static string SheetName(SatisfactionScope kind) => kind switch
    {
        SatisfactionScope.Center => "Theo trung tâm",
        SatisfactionScope.Department => "Theo cơ quan",
        SatisfactionScope.Counter => "Theo quầy",
        _ => "Theo thủ tục",
    };

    private static string TestSentence(UnitComparison comparison)
    {
        var tested = comparison.Units.Count(u => !u.QuickRating.Index.IsSuppressed);
        var few = comparison.Units.Count - tested;
        var fewText = few == 0 ? "" : $" {few} đơn vị có dưới 10 lượt đánh giá không được công bố chỉ số và không được so sánh.";
        if (!comparison.Test.IsTested)
        {
            return "Cần ít nhất hai đơn vị có từ 10 lượt đánh giá để so sánh." + fewText;
        }
        return (comparison.UnitsDiffer
            ? $"Kiểm định khi bình phương cho thấy các đơn vị khác nhau có ý nghĩa thống kê ({ReportNumbers.PValue(comparison.Test.PValue)}); " +
              "chỉ những cặp còn khác biệt sau hiệu chỉnh Holm mới được đánh dấu."
            : $"Kiểm định khi bình phương chưa cho thấy khác biệt có ý nghĩa thống kê giữa các đơn vị ({ReportNumbers.PValue(comparison.Test.PValue)}); " +
              "không đơn vị nào được đánh dấu.") + fewText;
    }

    private static string Differences(ComparedUnit unit)
    {
        var parts = new List<string>();
        if (unit.BetterThan.Count > 0)
        {
            parts.Add("▲ Cao hơn: " + string.Join(", ", unit.BetterThan.Select(u => u.Name)));
        }
        if (unit.WorseThan.Count > 0)
        {
            parts.Add("▼ Thấp hơn: " + string.Join(", ", unit.WorseThan.Select(u => u.Name)));
        }
        return parts.Count == 0 ? "–" : string.Join("; ", parts);
    }
}
