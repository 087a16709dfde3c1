namespace CchcFeedback.Core.Satisfaction;

/// <summary>The PostgreSQL advisory lock that the rollup and the nightly recount share, so that they never
/// interleave. The rollup takes it per batch transaction and skips when it is taken; the recount waits for it.</summary>
public static class RollupLock
{
    /// <summary>"CCHC" and 2, after the catalog import's 1: any constant works as long as no other feature uses it.</summary>
    public const long Key = 0x43_43_48_43_02;

    public static readonly string TryTakeForTransactionSql = $"SELECT pg_try_advisory_xact_lock({Key})";

    // The recount takes it for the session and releases it itself, because it needs the lock before its
    // REPEATABLE READ snapshot is taken (see SatisfactionRecountJob). Npgsql's reset of a pooled connection
    // (DISCARD ALL or pg_advisory_unlock_all) also releases it, should the release be skipped; a killed
    // process's session ends and takes the lock with it.
    public static readonly string TakeForSessionSql = $"SELECT pg_advisory_lock({Key})";

    public static readonly string ReleaseForSessionSql = $"SELECT pg_advisory_unlock({Key})";
}
