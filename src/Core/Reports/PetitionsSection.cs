using CchcFeedback.Core.Petitions.Figures;
using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Core.Reports;

/// <summary>Section V: petitions per department as PetitionFigures counts them, with the three satisfaction ratios
/// of Decision 766/QĐ-TTg: answered on time, answered without a dissatisfied reply, and dossiers rated without
/// "Không hài lòng" (the department's quick-rating index).</summary>
public static class PetitionsSection
{
    public static ReportSection From(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var total = content.PetitionTotal;
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(
                $"Trong kỳ, các cơ quan tiếp nhận {ReportNumbers.Count(total.Received)} phản ánh, kiến nghị; đã trả lời {ReportNumbers.Count(total.Answered)}, " +
                $"trong đó {ReportNumbers.Count(total.AnsweredOnTime)} đúng hạn; {ReportNumbers.Count(total.Overdue)} phản ánh, kiến nghị quá hạn. " +
                $"Tỷ lệ trả lời đúng hạn: {Ratio(total.OnTimeRatio)}; tỷ lệ trả lời không bị người dân phản hồi không hài lòng: {Ratio(total.SatisfiedRatio)}."),
            new ReportParagraph(
                "Tiếp nhận: được phân loại hoặc chuyển đến cơ quan trong kỳ; quá hạn: hạn cuối rơi vào kỳ mà chưa trả lời đúng hạn; " +
                "thời gian trả lời tính bằng ngày làm việc. Ba tỷ lệ theo Quyết định 766/QĐ-TTg: trả lời đúng hạn; trả lời không bị phản hồi " +
                "không hài lòng hay mở lại; hồ sơ không bị đánh giá «Không hài lòng» (chỉ số đánh giá nhanh của cơ quan).", Italic: true),
        };
        var rows = Rows(content);
        if (rows.Count == 0)
        {
            blocks.Add(new ReportParagraph("Không có phản ánh, kiến nghị và lượt đánh giá nào theo cơ quan trong kỳ."));
        }
        else
        {
            blocks.Add(new ReportTableBlock(Table(rows, total, content.Summary.QuickRating)));
        }
        return new ReportSection("TIẾP NHẬN, GIẢI QUYẾT PHẢN ÁNH, KIẾN NGHỊ", blocks);
    }

    /// <summary>Every department with petitions or ratings in the scope, by name; one without petitions has zeros.</summary>
    private static List<(string Name, DepartmentMonthFigures Petitions, ComparedUnit? Ratings)> Rows(ReportContent content)
    {
        var ratings = content.DepartmentRatings.Units.ToDictionary(u => u.Unit.Id);
        var petitions = content.PetitionsByDepartment.ToDictionary(p => p.DepartmentId!.Value);
        return [.. petitions.Keys.Union(ratings.Keys)
            .Select(id => (
                Name: petitions.TryGetValue(id, out var p) ? p.DepartmentName! : ratings[id].Unit.Name,
                Petitions: p ?? Empty(id),
                Ratings: ratings.GetValueOrDefault(id)))
            .OrderBy(r => r.Name, StringComparer.Ordinal)];
    }

    private static DepartmentMonthFigures Empty(int id) => new(id, null, null, null, 0, 0, 0, 0, null, 0, 0, 0);

    private static ReportTable Table(
        List<(string Name, DepartmentMonthFigures Petitions, ComparedUnit? Ratings)> rows, DepartmentMonthFigures total, QuickRatingFigures scopeRatings) => new(
        "Phản ánh, kiến nghị",
        "Tiếp nhận, giải quyết phản ánh, kiến nghị và các tỷ lệ theo Quyết định 766/QĐ-TTg, theo cơ quan",
        [
            new("Cơ quan"), new("Tiếp nhận"), new("Đã trả lời"), new("Đúng hạn"), new("Quá hạn"),
            new("Trung vị thời gian trả lời (ngày làm việc)", ReportColumnUse.Annex),
            new("Trả lại", ReportColumnUse.Annex), new("Chuyển đi", ReportColumnUse.Annex), new("Phản hồi không hài lòng", ReportColumnUse.Annex),
            new("Tỷ lệ trả lời đúng hạn"), new("Tỷ lệ trả lời không bị phản hồi không hài lòng"),
            new("Tỷ lệ hồ sơ không bị đánh giá không hài lòng"), new("Số lượt đánh giá (n)", ReportColumnUse.Annex),
        ],
        [
            .. rows.Select(r => Row(r.Name, r.Petitions, r.Ratings?.QuickRating)),
            Row("Tổng cộng", total, scopeRatings),
        ]);

    private static IReadOnlyList<ReportCell> Row(string name, DepartmentMonthFigures figures, QuickRatingFigures? ratings) =>
    [
        ReportCell.Text(name),
        ReportCell.Count(figures.Received),
        ReportCell.Count(figures.Answered),
        ReportCell.Count(figures.AnsweredOnTime),
        ReportCell.Count(figures.Overdue),
        figures.MedianWorkingDaysToAnswer is { } median ? ReportCell.Decimal(median, "0.#") : ReportCell.None,
        ReportCell.Count(figures.Returned),
        ReportCell.Count(figures.Transferred),
        ReportCell.Count(figures.DissatisfiedReplies),
        ReportCell.PercentOrNone(figures.OnTimeRatio),
        ReportCell.PercentOrNone(figures.SatisfiedRatio),
        ratings is null ? ReportCell.None : ReportCell.Of(ratings.Index, i => ReportCell.Percent(i.Estimate)),
        ratings is null ? ReportCell.None : ReportCell.Count(ratings.Answers),
    ];

    private static string Ratio(double? ratio) => ratio is { } value ? ReportNumbers.Percent(value) : "chưa có (không có trả lời)";
}
