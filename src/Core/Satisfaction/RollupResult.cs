namespace CchcFeedback.Core.Satisfaction;

/// <summary>What one rollup run did: responses folded, batches committed, and whether it stopped because
/// another rollup or the nightly recount held the lock (they fold or recount what is left).</summary>
public sealed record RollupResult(int Folded, int Batches, bool Busy);
