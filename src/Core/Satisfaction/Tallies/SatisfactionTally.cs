using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>What one place's responses to one form version added up to over a period (a day or a month): the
/// quick ratings, every criterion's answers by level, and the sums Cronbach's alpha and the mean scores need over
/// complete cases (responses that answered every criterion of an element on 1–5). One row per place and period
/// rather than one per cell, so a rollup writes a row per place it touched and a month of the dashboard reads a
/// few hundred rows. Every column is additive, so periods and places are summed. Unit ids are 0 where the
/// response had none (a center entrance has no counter).</summary>
public abstract class SatisfactionTally
{
    public int CenterId { get; set; }
    public int CounterId { get; set; }
    public int DepartmentId { get; set; }
    public int ProcedureId { get; set; }
    public int FormVersion { get; set; }

    /// <summary>The month's first day: the key of a month's tally, and a day's month (a generated column).</summary>
    public DateOnly Month { get; set; }

    /// <summary>Quick ratings by level: [0] Không hài lòng, [1] Hài lòng, [2] Rất hài lòng.</summary>
    public int[] Ratings { get; set; } = new int[3];

    /// <summary>Answers by criterion position and level: [position × 6 + level], level 0 = "không áp dụng".</summary>
    public int[] LevelCounts { get; set; } = [];

    /// <summary>Complete cases by element position.</summary>
    public int[] CompleteCases { get; set; } = [];

    /// <summary>By criterion position, over its element's complete cases: Σ answer and Σ answer².</summary>
    public int[] CriterionSums { get; set; } = [];

    public int[] CriterionSquares { get; set; } = [];

    /// <summary>By element position, over its complete cases: Σ total score and Σ total².</summary>
    public int[] ElementSums { get; set; } = [];

    public int[] ElementSquares { get; set; } = [];

    /// <summary>Every summed column, in <see cref="TallyTable.ValueColumns"/> order: the counts, then the ratings by
    /// time of day.</summary>
    internal IReadOnlyList<int[]> Values => [.. CountValues, .. TimeValues];

    private IReadOnlyList<int[]> CountValues => [Ratings, LevelCounts, CompleteCases, CriterionSums, CriterionSquares, ElementSums, ElementSquares];

    private protected abstract IReadOnlyList<int[]> TimeValues { get; }

    /// <summary>Sets every summed column, in <see cref="Values"/> order (as read from the table).</summary>
    internal void Assign(IReadOnlyList<int[]> values)
    {
        (Ratings, LevelCounts, CompleteCases, CriterionSums, CriterionSquares, ElementSums, ElementSquares) =
            (values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
        AssignTimeValues(values[7], values[8]);
    }

    private protected abstract void AssignTimeValues(int[] ratings, int[] satisfied);

    internal bool IsEmpty => Values.All(column => Array.TrueForAll(column, v => v == 0));

    internal void Shape(TallyLayout layout)
    {
        FormVersion = layout.FormVersion;
        LevelCounts = new int[layout.CriterionCount * TallyLayout.Levels];
        CompleteCases = new int[layout.Elements.Count];
        CriterionSums = new int[layout.CriterionCount];
        CriterionSquares = new int[layout.CriterionCount];
        ElementSums = new int[layout.Elements.Count];
        ElementSquares = new int[layout.Elements.Count];
    }

    private protected void Place(TallyKey key)
    {
        (CenterId, CounterId, DepartmentId, ProcedureId) = (key.CenterId, key.CounterId, key.DepartmentId, key.ProcedureId);
        Shape(TallyLayout.For(key.FormVersion));
    }

    internal void AddRating(QuickRating rating, int sign) => Ratings[(int)rating - 1] += sign;

    /// <summary>One response's answers (one level per position; missing positions count as "không áp dụng").</summary>
    internal void AddAnswers(ReadOnlySpan<int> levels, TallyLayout layout, int sign)
    {
        for (var position = 0; position < layout.CriterionCount; position++)
        {
            LevelCounts[position * TallyLayout.Levels + levels[position]] += sign;
        }
        for (var element = 0; element < layout.Elements.Count; element++)
        {
            var (first, count) = layout.Elements[element];
            var answers = levels.Slice(first, count);
            if (answers.ContainsAnyExceptInRange(1, 5))
            {
                continue;
            }
            var total = 0;
            foreach (var answer in answers)
            {
                total += answer;
            }
            CompleteCases[element] += sign;
            ElementSums[element] += sign * total;
            ElementSquares[element] += checked(sign * total * total);
            for (var position = first; position < first + count; position++)
            {
                CriterionSums[position] += sign * levels[position];
                CriterionSquares[position] += sign * levels[position] * levels[position];
            }
        }
    }

    /// <summary>Adds another tally of the same kind, time of day included.</summary>
    internal void Add(SatisfactionTally other) => AddColumns(Values, other.Values);

    /// <summary>Adds everything but the time of day, which days and months keep differently.</summary>
    private protected void AddCounts(SatisfactionTally other) => AddColumns(CountValues, other.CountValues);

    private static void AddColumns(IReadOnlyList<int[]> mine, IReadOnlyList<int[]> theirs)
    {
        for (var column = 0; column < mine.Count; column++)
        {
            AddInto(mine[column], theirs[column]);
        }
    }

    private protected static void AddInto(int[] target, int[] source)
    {
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = checked(target[i] + source[i]);
        }
    }

    /// <summary>How many numbers differ from <paramref name="other"/> (a missing tally holds zeros).</summary>
    internal int CellsDifferingFrom(SatisfactionTally? other)
    {
        var mine = Values;
        var theirs = other?.Values;
        var cells = 0;
        for (var column = 0; column < mine.Count; column++)
        {
            var (a, b) = (mine[column], theirs?[column] ?? []);
            for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
            {
                if ((i < a.Length ? a[i] : 0) != (i < b.Length ? b[i] : 0))
                {
                    cells++;
                }
            }
        }
        return cells;
    }
}
