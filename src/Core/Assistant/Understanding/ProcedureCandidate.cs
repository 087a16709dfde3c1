namespace CchcFeedback.Core.Assistant.Understanding;

/// <summary>A procedure the question may be about, with how well it matches (0 to 1).</summary>
public sealed record ProcedureCandidate(string Code, double Score);
