namespace CchcFeedback.Core.Assistant.Understanding;

/// <summary>A procedure the question may be about, with how well it matches (0 to 1).</summary>
public sealed record ProcedureCandidate(string Code, double Score);

/// <summary>The candidates, best first; <see cref="Distinct"/> when a word of the question is the best one's and not
/// the second's.</summary>
public sealed record ProcedureMatch(IReadOnlyList<ProcedureCandidate> Candidates, bool Distinct);
