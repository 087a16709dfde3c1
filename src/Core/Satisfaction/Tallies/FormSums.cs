using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>The SIPAS form's tallies summed over rows (each with a sign), as the figures read them: answers by
/// criterion number and level, and the reliability sums by element and item.</summary>
internal sealed class FormSums
{
    private static readonly TallyLayout Layout = TallyLayout.For(SipasForm.Version);

    private readonly long[] _levels = new long[Layout.CriterionCount * TallyLayout.Levels];
    private readonly long[] _cases = new long[Layout.Elements.Count];
    private readonly long[] _criterionSums = new long[Layout.CriterionCount];
    private readonly long[] _criterionSquares = new long[Layout.CriterionCount];
    private readonly long[] _elementSums = new long[Layout.Elements.Count];
    private readonly long[] _elementSquares = new long[Layout.Elements.Count];

    public void Add(FormRow row, int sign)
    {
        AddInto(_levels, row.LevelCounts, sign);
        AddInto(_cases, row.CompleteCases, sign);
        AddInto(_criterionSums, row.CriterionSums, sign);
        AddInto(_criterionSquares, row.CriterionSquares, sign);
        AddInto(_elementSums, row.ElementSums, sign);
        AddInto(_elementSquares, row.ElementSquares, sign);
    }

    /// <summary>Answers by criterion number: 1–5 and "không áp dụng".</summary>
    public IReadOnlyDictionary<int, AnswerCounts> ByCriterion() =>
        Enumerable.Range(0, Layout.CriterionCount).ToDictionary(
            position => Layout.CriterionNumbers[position],
            position =>
            {
                var level = position * TallyLayout.Levels;
                int At(int l) => checked((int)_levels[level + l]);
                return new AnswerCounts(At(1), At(2), At(3), At(4), At(5), At(0));
            });

    /// <summary>Each element with complete cases: its criteria's sums and its total's (item 0).</summary>
    public IReadOnlyList<ElementItemSums> ElementItems() =>
        [.. Layout.Elements.SelectMany((element, e) => _cases[e] == 0
            ? []
            : Enumerable.Range(element.First, element.Count)
                .Select(p => new ElementItemSums((short)(e + 1), (short)Layout.CriterionNumbers[p], _cases[e], _criterionSums[p], _criterionSquares[p]))
                .Append(new ElementItemSums((short)(e + 1), ElementItemSums.TotalItem, _cases[e], _elementSums[e], _elementSquares[e])))];

    private static void AddInto(long[] target, int[] source, int sign)
    {
        for (var i = 0; i < Math.Min(target.Length, source.Length); i++)
        {
            target[i] += sign * (long)source[i];
        }
    }
}

/// <summary>The form columns of a tally row, as a query projects them.</summary>
internal sealed class FormRow
{
    public required int[] LevelCounts { get; init; }
    public required int[] CompleteCases { get; init; }
    public required int[] CriterionSums { get; init; }
    public required int[] CriterionSquares { get; init; }
    public required int[] ElementSums { get; init; }
    public required int[] ElementSquares { get; init; }
}
