namespace CchcFeedback.Core.Satisfaction;

/// <summary>One of the additive count tables, as the rollup and the recount write it: its key, its summed
/// columns, and the CTE of <see cref="RollupSql"/> that yields its changes.</summary>
public sealed record CountTable(string Name, string ChangesCte, IReadOnlyList<string> Keys, IReadOnlyList<string> Values)
{
    public static readonly CountTable SatisfactionCounts = new("satisfaction_counts", "count_changes",
        ["day", "center_id", "counter_id", "department_id", "procedure_id", "form_version", "item", "level"], ["count"]);

    public static readonly CountTable ReliabilityMoments = new("reliability_moments", "moment_changes",
        ["day", "center_id", "counter_id", "department_id", "procedure_id", "form_version", "element", "item"], ["cases", "sum", "sum_of_squares"]);

    public static readonly CountTable HourlyCounts = new("hourly_counts", "hourly_changes",
        ["day", "hour", "center_id", "counter_id", "department_id", "procedure_id"], ["responses", "satisfied"]);

    public static readonly IReadOnlyList<CountTable> All = [SatisfactionCounts, ReliabilityMoments, HourlyCounts];

    private string KeyList => string.Join(", ", Keys);

    private string ValueList => string.Join(", ", Values);

    private string AnyValue(string alias) => string.Join(" OR ", Values.Select(v => $"{alias}{v} <> 0"));

    /// <summary>Adds the changes to the cells (a cell that does not exist yet starts at the change).</summary>
    public string AddChangesSql => $"""
        INSERT INTO {Name} ({KeyList}, {ValueList})
        SELECT {KeyList}, {ValueList} FROM {ChangesCte} WHERE {AnyValue("")}
        ON CONFLICT ({KeyList}) DO UPDATE SET {string.Join(", ", Values.Select(v => $"{v} = {Name}.{v} + excluded.{v}"))}
        """;

    /// <summary>Cells that subtraction brought to nothing, on the given local days only (the key starts with day).</summary>
    public string DeleteEmptiedSql => $"DELETE FROM {Name} WHERE day = ANY(@days) AND {string.Join(" AND ", Values.Select(v => $"{v} = 0"))}";

    /// <summary>Compares the recount (<see cref="ChangesCte"/>, all of it) with the table, makes the table equal
    /// to it, and returns how many cells differed. Cells at zero that the recount lacks are removed without
    /// counting as a mismatch: they hold nothing.</summary>
    public string RepairSql => $"""
        diff AS MATERIALIZED (
            SELECT {KeyList},
                   {string.Join(", ", Values.Select(v => $"r.{v} AS recounted_{v}, t.{v} AS kept_{v}"))},
                   r.{Values[0]} IS NOT NULL AS recounted
            FROM (SELECT * FROM {ChangesCte} WHERE {AnyValue("")}) r
            FULL JOIN {Name} t USING ({KeyList})
            WHERE ({string.Join(", ", Values.Select(v => $"r.{v}"))}) IS DISTINCT FROM ({string.Join(", ", Values.Select(v => $"t.{v}"))})
        ),
        repaired AS (
            INSERT INTO {Name} ({KeyList}, {ValueList})
            SELECT {KeyList}, {string.Join(", ", Values.Select(v => $"recounted_{v}"))} FROM diff WHERE recounted
            ON CONFLICT ({KeyList}) DO UPDATE SET {string.Join(", ", Values.Select(v => $"{v} = excluded.{v}"))}
        ),
        removed AS (
            DELETE FROM {Name} t USING diff d
            WHERE NOT d.recounted AND {string.Join(" AND ", Keys.Select(k => $"t.{k} = d.{k}"))}
        )
        SELECT count(*)::int FROM diff
        WHERE {string.Join(" OR ", Values.Select(v => $"coalesce(recounted_{v}, 0) <> coalesce(kept_{v}, 0)"))}
        """;
}
