namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>A tally table as SQL: its key, its array columns with their lengths per form version, and the
/// statements that add a batch of changes to it or make rows equal to recounted ones. Changes arrive in a
/// temporary table of the same shape (<see cref="ChangesTable"/>), filled by binary COPY.</summary>
internal sealed class TallyTable
{
    private static readonly IReadOnlyList<(string Name, Func<TallyLayout, int> Length)> CountColumns =
    [
        ("ratings", _ => 3),
        ("level_counts", l => l.CriterionCount * TallyLayout.Levels),
        ("complete_cases", l => l.Elements.Count),
        ("criterion_sums", l => l.CriterionCount),
        ("criterion_squares", l => l.CriterionCount),
        ("element_sums", l => l.Elements.Count),
        ("element_squares", l => l.Elements.Count),
    ];

    public static readonly TallyTable Days = new("satisfaction_days", "day",
        [.. CountColumns, ("ratings_by_hour", _ => TallyLayout.HoursPerDay), ("satisfied_by_hour", _ => TallyLayout.HoursPerDay)]);

    public static readonly TallyTable Months = new("satisfaction_months", "month",
        [.. CountColumns, ("ratings_by_weekday_hour", _ => TallyLayout.WeekdayHours), ("satisfied_by_weekday_hour", _ => TallyLayout.WeekdayHours)]);

    private TallyTable(string name, string dateColumn, IReadOnlyList<(string Name, Func<TallyLayout, int> Length)> valueColumns)
    {
        Name = name;
        Keys = [dateColumn, "center_id", "counter_id", "department_id", "procedure_id", "form_version"];
        ValueColumns = valueColumns;
    }

    public string Name { get; }

    public IReadOnlyList<string> Keys { get; }

    /// <summary>In <see cref="SatisfactionTally.Values"/> order.</summary>
    public IReadOnlyList<(string Name, Func<TallyLayout, int> Length)> ValueColumns { get; }

    public string ChangesTable => $"{Name}_changes";

    private string KeyList => string.Join(", ", Keys);

    private string ColumnList => string.Join(", ", Keys.Concat(ValueColumns.Select(c => c.Name)));

    private string KeysMatch(string left, string right) => string.Join(" AND ", Keys.Select(k => $"{left}.{k} = {right}.{k}"));

    public string CreateChangesTableSql => $"CREATE TEMP TABLE {ChangesTable} ON COMMIT DROP AS SELECT {ColumnList} FROM {Name} WITH NO DATA";

    public string CopyChangesSql => $"COPY {ChangesTable} ({ColumnList}) FROM STDIN (FORMAT BINARY)";

    /// <summary>Adds the changes element by element (a row that does not exist yet starts at the change). The sums
    /// are spelt out per form version: a subquery per row over unnest() costs several times more.</summary>
    public string AddChangesSql => $"""
        INSERT INTO {Name} AS t ({ColumnList}) SELECT {ColumnList} FROM {ChangesTable}
        ON CONFLICT ({KeyList}) DO UPDATE SET {string.Join(",\n", ValueColumns.Select(c => $"{c.Name} = {ElementwiseSum(c.Name, c.Length)}"))}
        """;

    /// <summary>Rows the changes brought back to nothing.</summary>
    public string DeleteEmptiedSql => $"""
        DELETE FROM {Name} t USING {ChangesTable} c
        WHERE {KeysMatch("t", "c")} AND {string.Join(" AND ", ValueColumns.Select(c => $"0 = ALL (t.{c.Name})"))}
        """;

    /// <summary>Makes rows equal to the recounted ones in the changes table.</summary>
    public string ReplaceSql => $"""
        INSERT INTO {Name} ({ColumnList}) SELECT {ColumnList} FROM {ChangesTable}
        ON CONFLICT ({KeyList}) DO UPDATE SET {string.Join(", ", ValueColumns.Select(c => $"{c.Name} = excluded.{c.Name}"))}
        """;

    /// <summary>Removes the rows whose keys are in the changes table (the recount found nothing there).</summary>
    public string DeleteSql => $"DELETE FROM {Name} t USING {ChangesTable} c WHERE {KeysMatch("t", "c")}";

    private static string ElementwiseSum(string column, Func<TallyLayout, int> length)
    {
        var byVersion = TallyLayout.All.Select(l => (l.FormVersion, Length: length(l))).ToList();
        return byVersion.Select(v => v.Length).Distinct().Count() == 1
            ? ArraySum(column, byVersion[0].Length)
            : $"CASE t.form_version {string.Join(" ", byVersion.Select(v => $"WHEN {v.FormVersion} THEN {ArraySum(column, v.Length)}"))} END";
    }

    private static string ArraySum(string column, int length) =>
        $"ARRAY[{string.Join(", ", Enumerable.Range(1, length).Select(i => $"t.{column}[{i}] + excluded.{column}[{i}]"))}]";
}
