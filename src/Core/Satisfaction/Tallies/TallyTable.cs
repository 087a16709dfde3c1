namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>A tally table as SQL: its key, its array columns, and the
/// statements that read rows and replace or remove them. New values arrive in a temporary table of the same shape
/// (<see cref="ChangesTable"/>), filled by binary COPY.</summary>
internal sealed class TallyTable
{
    private static readonly IReadOnlyList<string> CountColumns =
        ["ratings", "level_counts", "complete_cases", "criterion_sums", "criterion_squares", "element_sums", "element_squares"];

    public static readonly TallyTable Days = new("satisfaction_days", "day", [.. CountColumns, "ratings_by_hour", "satisfied_by_hour"]);

    public static readonly TallyTable Months = new("satisfaction_months", "month", [.. CountColumns, "ratings_by_weekday_hour", "satisfied_by_weekday_hour"]);

    private TallyTable(string name, string dateColumn, IReadOnlyList<string> valueColumns)
    {
        Name = name;
        Keys = [dateColumn, "center_id", "counter_id", "department_id", "procedure_id", "form_version"];
        ValueColumns = valueColumns;
    }

    public string Name { get; }

    public IReadOnlyList<string> Keys { get; }

    /// <summary>In <see cref="SatisfactionTally.Values"/> order: ratings (integer[]), then the others
    /// (<see cref="CompactCounts"/>).</summary>
    public IReadOnlyList<string> ValueColumns { get; }

    public string ChangesTable => $"{Name}_changes";

    private string KeyList => string.Join(", ", Keys);

    private string ColumnList => string.Join(", ", Keys.Concat(ValueColumns));

    private string KeysMatch(string left, string right) => string.Join(" AND ", Keys.Select(k => $"{left}.{k} = {right}.{k}"));

    public string CreateChangesTableSql => $"CREATE TEMP TABLE {ChangesTable} ON COMMIT DROP AS SELECT {ColumnList} FROM {Name} WITH NO DATA";

    public string CopyChangesSql => $"COPY {ChangesTable} ({ColumnList}) FROM STDIN (FORMAT BINARY)";

    /// <summary>Every row, columns as <see cref="CopyChangesSql"/> lists them.</summary>
    public string SelectAllSql => $"SELECT {ColumnList} FROM {Name}";

    /// <summary>The rows with the keys given as parallel arrays (@dates, @centers, @counters, @departments,
    /// @procedures, @versions), each found through the primary key.</summary>
    public string SelectKeysSql => $"""
        SELECT {string.Join(", ", Keys.Concat(ValueColumns).Select(c => $"t.{c}"))}
        FROM unnest(@dates, @centers, @counters, @departments, @procedures, @versions) AS k ({KeyList})
        JOIN {Name} t ON {KeysMatch("t", "k")}
        """;

    /// <summary>Makes rows equal to the ones in the changes table.</summary>
    public string ReplaceSql => $"""
        INSERT INTO {Name} ({ColumnList}) SELECT {ColumnList} FROM {ChangesTable}
        ON CONFLICT ({KeyList}) DO UPDATE SET {string.Join(", ", ValueColumns.Select(c => $"{c} = excluded.{c}"))}
        """;

    /// <summary>Removes the rows whose keys are in the changes table (the recount found nothing there).</summary>
    public string DeleteSql => $"DELETE FROM {Name} t USING {ChangesTable} c WHERE {KeysMatch("t", "c")}";
}
