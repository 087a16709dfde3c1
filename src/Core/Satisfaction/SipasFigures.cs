using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The SIPAS-style figures of the full form (SIPAS.md): the index (mean of the five element indices)
/// and the mean score, then each element and criterion. <see cref="Answers"/> is the n the small-cell rule
/// judged: the fewest answers of any criterion in the index.</summary>
public sealed record SipasFigures(
    int Answers,
    PublishedFigure<double> Index,
    PublishedFigure<MeanInterval> Mean,
    IReadOnlyList<ElementFigures> Elements)
{
    internal static SipasFigures From(IReadOnlyDictionary<int, AnswerCounts> countsByCriterion, IReadOnlyList<ElementItemSums> sums)
    {
        var index = SatisfactionIndex.ForForm(countsByCriterion);
        var elements = index.Elements.Select((element, i) => ElementFigures.From(element, i + 1, sums)).ToList();
        // An element without answers has FewestAnswers 0, so a missing overall value is always suppressed.
        var mean = MeanInterval.AverageOf([.. elements.Select(e => e.Mean.TryGetValue(out var m) ? m : null)]);
        var meanAnswers = elements.Min(e => e.Reliability.CompleteCases);
        return new SipasFigures(
            index.FewestAnswers,
            SmallCellRule.Apply(index.FewestAnswers, () => index.Value!.Value),
            ElementFigures.Published(mean, meanAnswers),
            elements);
    }
}

/// <summary>An element: its index (mean of its criteria's indices, n = its thinnest criterion), its mean score
/// per respondent on 1–5 with a t-interval and Cronbach's alpha, both over the complete cases (respondents who
/// answered every criterion of the element on 1–5).</summary>
public sealed record ElementFigures(
    SipasElement Element,
    int Answers,
    PublishedFigure<double> Index,
    PublishedFigure<MeanInterval> Mean,
    ElementReliability Reliability,
    IReadOnlyList<CriterionFigures> Criteria)
{
    internal static ElementFigures From(ElementIndex index, int position, IReadOnlyList<ElementItemSums> sums)
    {
        var rows = sums.Where(s => s.Element == position).ToList();
        var total = rows.FirstOrDefault(r => r.Item == ElementItemSums.TotalItem);
        var cases = total is null ? 0 : checked((int)total.Cases);
        var items = index.Element.Criteria.Select(c => rows.FirstOrDefault(r => r.Item == c.Number)).ToList();
        var alpha = total is null || items.Any(i => i is null)
            ? null
            : CronbachAlpha.FromSums(cases, [.. items.Select(i => ((double)i!.Sum, (double)i.SumOfSquares))], (total.Sum, total.SumOfSquares));
        // The mean score per respondent is the element's total over its k criteria: mean T/k, variance Var(T)/k².
        double k = index.Element.Criteria.Count;
        var mean = total is null ? null : MeanInterval.FromSums(cases, total.Sum / k, total.SumOfSquares / (k * k));
        return new ElementFigures(
            index.Element,
            index.FewestAnswers,
            SmallCellRule.Apply(index.FewestAnswers, () => index.Value!.Value),
            Published(mean, cases),
            new ElementReliability(cases, Published(alpha, cases)),
            [.. index.Criteria.Select(CriterionFigures.From)]);
    }

    /// <summary>A figure that may be missing for lack of data is suppressed like a small cell.</summary>
    internal static PublishedFigure<T> Published<T>(T? figure, int answers)
        where T : class =>
        figure is null ? PublishedFigure<T>.Suppressed(answers) : SmallCellRule.Apply(figure, answers);
}

/// <summary>Cronbach's alpha over <see cref="CompleteCases"/>; its value is NaN when every case gave the same total.</summary>
public sealed record ElementReliability(int CompleteCases, PublishedFigure<CronbachAlpha> Alpha);

/// <summary>A criterion: share of 4–5 among valid answers (1–5) with its Wilson interval, the mean score with its
/// t-interval, and the distribution of answers including "không áp dụng".</summary>
public sealed record CriterionFigures(
    SipasCriterion Criterion,
    int Answers,
    PublishedFigure<WilsonInterval> Index,
    PublishedFigure<MeanInterval> Mean,
    PublishedFigure<AnswerCounts> Distribution)
{
    internal static CriterionFigures From(CriterionIndex index) => new(
        index.Criterion,
        index.Answers,
        SmallCellRule.Apply(index.Answers, () => index.Share!),
        SmallCellRule.Apply(index.Answers, () => MeanInterval.FromCounts(index.Counts)!),
        SmallCellRule.Apply(index.Counts, index.Answers));
}

/// <summary>The reliability sums of one element and item (0 = the element's total) over a filter: complete cases,
/// Σ score and Σ score².</summary>
internal sealed record ElementItemSums(short Element, short Item, long Cases, long Sum, long SumOfSquares)
{
    public const short TotalItem = 0;
}
