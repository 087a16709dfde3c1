using CchcFeedback.Core.Routing.Recognition;

namespace CchcFeedback.Core.Routing;

/// <summary>One petition of a labelled file that was not routed to its expected department.</summary>
public record RoutingMiss(int Line, string Expected, RoutingDecision Decision, string? Title);

/// <param name="Got">A department code, or <see cref="RoutingEvaluation.TriageLabel"/>.</param>
public record ConfusionPair(string Expected, string Got, int Count);

/// <summary>Counted as ROUTING.md judges: right department, wrong department (the costly error), triage.</summary>
public record RoutingEvaluationResult(int Right, int Wrong, int Triage, IReadOnlyList<ConfusionPair> Confusion, IReadOnlyList<RoutingMiss> Misses)
{
    public int Total => Right + Wrong + Triage;

    public string Summary => $"routing: {Right} right, {Wrong} wrong, {Triage} triage of {Total}";

    /// <summary>One number to compare two models measured on the same petitions: each right one counts, each wrong
    /// one counts against twice, since a wrong department costs a citizen days and triage a person a minute.</summary>
    public static int Merit(int right, int wrong) => right - 2 * wrong;

    public static RoutingEvaluationResult Sum(IReadOnlyCollection<RoutingEvaluationResult> parts) =>
        new(parts.Sum(p => p.Right), parts.Sum(p => p.Wrong), parts.Sum(p => p.Triage),
            RoutingEvaluation.Confusion([.. parts.SelectMany(p => p.Misses)]), [.. parts.SelectMany(p => p.Misses)]);
}

public static class RoutingEvaluation
{
    public const string TriageLabel = "(triage)";

    /// <summary>Routes every labelled line and compares; a line without a department is not counted.</summary>
    public static RoutingEvaluationResult Evaluate(PetitionRouter router, IEnumerable<RoutingExampleFile.Line> lines)
    {
        int right = 0, wrong = 0, triage = 0;
        var misses = new List<RoutingMiss>();
        foreach (var (number, example) in lines)
        {
            if (example.Department is not { } expected)
            {
                continue;
            }
            var decision = router.Route(example.ToRequest());
            if (decision.NeedsManualRouting)
            {
                triage++;
            }
            else if (string.Equals(decision.DepartmentCode, expected, StringComparison.OrdinalIgnoreCase))
            {
                right++;
                continue;
            }
            else
            {
                wrong++;
            }
            misses.Add(new RoutingMiss(number, expected, decision, example.Title));
        }
        return new RoutingEvaluationResult(right, wrong, triage, Confusion(misses), misses);
    }

    public static IReadOnlyList<ConfusionPair> Confusion(IEnumerable<RoutingMiss> misses) => [.. misses
        .GroupBy(m => (m.Expected, Got: m.Decision.NeedsManualRouting ? TriageLabel : m.Decision.DepartmentCode))
        .Select(g => new ConfusionPair(g.Key.Expected, g.Key.Got, g.Count()))
        .OrderByDescending(p => p.Count).ThenBy(p => p.Expected, StringComparer.Ordinal).ThenBy(p => p.Got, StringComparer.Ordinal)];
}
