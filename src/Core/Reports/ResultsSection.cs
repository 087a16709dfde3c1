using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Reports;

/// <summary>Section II: the headline indices, then each element and criterion with its interval and n.</summary>
public static class ResultsSection
{
    public static ReportSection From(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var sipas = content.Summary.Sipas;
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(
                $"Chỉ số hài lòng chung (tỷ lệ đánh giá «Hài lòng» và «Rất hài lòng» trong các lượt đánh giá nhanh): " +
                $"{ReportNumbers.Share(content.Summary.QuickRating.Index)}. Kỳ trước: {ReportNumbers.Share(content.PreviousSummary.QuickRating.Index)}."),
            new ReportParagraph(SipasSentence(sipas)),
        };
        if (Extremes(sipas) is { } extremes)
        {
            blocks.Add(new ReportParagraph(extremes));
        }
        blocks.Add(new ReportTableBlock(Elements(sipas)));
        if (ReportCharts.Criteria(sipas) is { } chart)
        {
            blocks.Add(chart);
        }
        blocks.Add(new ReportTableBlock(Criteria(sipas)));
        return new ReportSection("KẾT QUẢ THEO YẾU TỐ VÀ TIÊU CHÍ", blocks);
    }

    private static string SipasSentence(SipasFigures sipas) =>
        sipas.Index.TryGetValue(out var index)
            ? $"Chỉ số SIPAS (trung bình chỉ số của năm yếu tố): {ReportNumbers.Percent(index)} (n = {ReportNumbers.Count(sipas.Answers)}, số trả lời của " +
              $"tiêu chí ít trả lời nhất)" + sipas.Mean.Format(m => $"; điểm trung bình {ReportNumbers.Decimal(m.Mean)} trên thang 1–5 " +
              $"(khoảng tin cậy 95%: {ReportNumbers.Decimal(m.Lower)}–{ReportNumbers.Decimal(m.Upper)}).", ".")
            : $"Chỉ số SIPAS: {ReportNumbers.NotPublished} {ReportNumbers.FewAnswers} (n = {ReportNumbers.Count(sipas.Answers)}).";

    /// <summary>The best and worst published elements, when there are two to tell apart.</summary>
    private static string? Extremes(SipasFigures sipas)
    {
        var published = sipas.Elements.Where(e => !e.Index.IsSuppressed).OrderByDescending(e => e.Index.Value).ToList();
        if (published.Count < 2)
        {
            return null;
        }
        var (best, worst) = (published[0], published[^1]);
        var weakest = worst.Criteria.Where(c => !c.Index.IsSuppressed).OrderBy(c => c.Index.Value.Estimate).FirstOrDefault();
        return $"Yếu tố được đánh giá cao nhất là «{best.Element.NameVi}» ({ReportNumbers.Percent(best.Index.Value)}); thấp nhất là " +
            $"«{worst.Element.NameVi}» ({ReportNumbers.Percent(worst.Index.Value)})" +
            (weakest is null ? "." : $", trong đó tiêu chí thấp nhất là «{weakest.Criterion.TextVi}» ({ReportNumbers.Percent(weakest.Index.Value.Estimate)}).");
    }

    private static ReportTable Elements(SipasFigures sipas) => new(
        "Yếu tố",
        "Chỉ số hài lòng theo yếu tố (chỉ số của yếu tố là trung bình chỉ số các tiêu chí; n: số trả lời của tiêu chí ít trả lời nhất)",
        [
            new("Yếu tố"), new("Chỉ số"), new("n"),
            new("Điểm trung bình 1–5 (khoảng tin cậy 95%)", ReportColumnUse.Document),
            new("Điểm trung bình 1–5", ReportColumnUse.Annex), new("Cận dưới 95%", ReportColumnUse.Annex), new("Cận trên 95%", ReportColumnUse.Annex),
            new("Số người trả lời đủ các tiêu chí", ReportColumnUse.Annex),
        ],
        [.. sipas.Elements.Select(e => (IReadOnlyList<ReportCell>)
        [
            ReportCell.Text($"{e.Element.Code}. {e.Element.NameVi}"),
            ReportCell.Of(e.Index, ReportCell.Percent),
            ReportCell.Count(e.Answers),
            ReportCell.Of(e.Mean, m => ReportCell.Text($"{ReportNumbers.Decimal(m.Mean)} ({ReportNumbers.Decimal(m.Lower)}–{ReportNumbers.Decimal(m.Upper)})")),
            ReportCell.Of(e.Mean, m => ReportCell.Decimal(m.Mean)),
            ReportCell.Of(e.Mean, m => ReportCell.Decimal(m.Lower)),
            ReportCell.Of(e.Mean, m => ReportCell.Decimal(m.Upper)),
            ReportCell.Count(e.Reliability.CompleteCases),
        ])]);

    private static ReportTable Criteria(SipasFigures sipas) => new(
        "Tiêu chí",
        "Chỉ số hài lòng theo tiêu chí (tỷ lệ trả lời mức 4–5 trong các trả lời hợp lệ), khoảng tin cậy 95% (Wilson)",
        [
            new("Tiêu chí"), new("Chỉ số"),
            new("Khoảng tin cậy 95%", ReportColumnUse.Document),
            new("Cận dưới 95%", ReportColumnUse.Annex), new("Cận trên 95%", ReportColumnUse.Annex),
            new("n"),
        ],
        [.. sipas.Elements.SelectMany(e => e.Criteria).Select(c => (IReadOnlyList<ReportCell>)
        [
            ReportCell.Text($"{c.Criterion.Number}. {c.Criterion.TextVi}"),
            ReportCell.Of(c.Index, i => ReportCell.Percent(i.Estimate)),
            ReportCell.Of(c.Index, i => ReportCell.Text(ReportNumbers.Interval(i))),
            ReportCell.Of(c.Index, i => ReportCell.Percent(i.Lower)),
            ReportCell.Of(c.Index, i => ReportCell.Percent(i.Upper)),
            ReportCell.Count(c.Answers),
        ])]);
}
