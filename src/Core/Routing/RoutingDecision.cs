using CchcFeedback.Core.Petitions;

namespace CchcFeedback.Core.Routing;

/// <summary>A department the policy could send the petition to, with the rule and the recogniser's
/// probability that it is the one.</summary>
public record RoutingGuess(string DepartmentCode, RoutingRule Rule, double Score);

/// <summary>What routing decided and why (ROUTING.md, What routing records).</summary>
/// <param name="DepartmentCode">The department that must answer; the triage department when
/// <see cref="NeedsManualRouting"/>.</param>
/// <param name="Confidence">0 to 1: the recogniser's probability for the department, or the reliability of
/// the rule when a rule's own words decided.</param>
/// <param name="RunnerUp">The next best department, if any.</param>
/// <param name="Guesses">The best departments in order, for the person who routes it by hand.</param>
/// <param name="Kind">The kind, corrected when the text contests a decision or denounces a violation.</param>
/// <param name="KindCue">The folded words that changed the kind; null when it is as filed.</param>
/// <param name="RuleCue">The folded words that applied a rule by themselves (a bribe), if any.</param>
public record RoutingDecision(
    string DepartmentCode,
    RoutingRule Rule,
    double Confidence,
    RoutingGuess? RunnerUp,
    IReadOnlyList<RoutingGuess> Guesses,
    PetitionKind Kind,
    string? KindCue,
    string? RuleCue)
{
    public bool NeedsManualRouting => Rule == RoutingRule.Triage;
}
