using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Satisfaction;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CchcFeedback.Core.Petitions.Figures;

/// <summary>
/// The department figures of petitions (issue #7, item 10) for the dashboard's period and place, month by month,
/// in Vietnamese days. Four GROUP BY queries; the median is computed here from the answers grouped by start and
/// answer day, because working days need the calendar in force.
/// Events name their department in their data as RoutePetitionJob reads a return: <c>department</c> (the routed
/// department for Routed, the one handing back for Returned), and <c>from</c> / <c>to</c> for Transferred; a
/// code or a numeric id both match.
/// </summary>
public class PetitionFigures(CchcDbContext db, IWorkingDayCalendarProvider calendars, TimeProvider clock)
{
    private const int TimeoutSeconds = 120;

    /// <summary>Rows per department and month with any activity, by month then department name, and the total of
    /// the selection. Only departments in <paramref name="scope"/> are counted.</summary>
    public async Task<PetitionFiguresReport> MonthlyAsync(SatisfactionFilter filter, DepartmentScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var departments = filter.DepartmentId is { } one
            ? scope.Includes(one) ? [one] : []
            : scope.IsAll ? null : scope.DepartmentIds.ToArray();
        var parameters = new Func<NpgsqlParameter[]>(() =>
        [
            new NpgsqlParameter<DateTimeOffset>("from", VietnamTime.StartOf(filter.From).ToUniversalTime()),
            new NpgsqlParameter<DateTimeOffset>("to", VietnamTime.StartOf(filter.To.AddDays(1)).ToUniversalTime()),
            new NpgsqlParameter<DateTimeOffset>("now", clock.GetUtcNow()),
            new NpgsqlParameter("center", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)filter.CenterId ?? DBNull.Value },
            new NpgsqlParameter("counter", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)filter.CounterId ?? DBNull.Value },
            new NpgsqlParameter("procedure", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)filter.ProcedureId ?? DBNull.Value },
            new NpgsqlParameter("departments", NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)departments ?? DBNull.Value },
        ]);

        var tally = new Dictionary<(int, DateOnly), Tally>();
        Tally At(int department, DateOnly month) => tally.TryGetValue((department, month), out var t) ? t : tally[(department, month)] = new Tally();
        await ReadAsync(AnswersSql, parameters(), r => At(r.GetInt32(0), r.GetFieldValue<DateOnly>(1)).AddAnswers(r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)), cancellationToken);
        var durations = new List<(int Department, DateOnly Month, DateOnly Start, DateOnly Answer, int Count)>();
        await ReadAsync(DurationsSql, parameters(), r => durations.Add((r.GetInt32(0), r.GetFieldValue<DateOnly>(1), r.GetFieldValue<DateOnly>(2), r.GetFieldValue<DateOnly>(3), r.GetInt32(4))), cancellationToken);
        await ReadAsync(OverdueSql, parameters(), r => At(r.GetInt32(0), r.GetFieldValue<DateOnly>(1)).Overdue += r.GetInt32(2), cancellationToken);
        await ReadAsync(HandoversSql, parameters(), r => At(r.GetInt32(0), r.GetFieldValue<DateOnly>(1)).AddHandovers(r.GetInt32(2), r.GetInt32(3), r.GetInt32(4)), cancellationToken);

        var calendar = await calendars.GetAsync(cancellationToken);
        var total = new Tally();
        foreach (var d in durations)
        {
            var days = Math.Max(0, calendar.WorkingDaysBetween(d.Start, d.Answer));
            At(d.Department, d.Month).Durations.Add((days, d.Count));
            total.Durations.Add((days, d.Count));
        }
        var ids = tally.Keys.Select(k => k.Item1).Distinct().ToList();
        var names = await db.Departments.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .ToDictionaryAsync(d => d.Id, d => (d.Code, d.NameVi), cancellationToken);
        var rows = tally
            .Select(pair => pair.Value.ToFigures(pair.Key.Item1, names[pair.Key.Item1].Code, names[pair.Key.Item1].NameVi, pair.Key.Item2))
            .OrderBy(r => r.Month).ThenBy(r => r.DepartmentName, StringComparer.Ordinal)
            .ToList();
        foreach (var t in tally.Values)
        {
            total.Add(t);
        }
        return new PetitionFiguresReport(filter.From, filter.To, rows, total.ToFigures(null, null, null, null));
    }

    // The petitions' own filters: the dashboard's place, and the departments the caller may see.
    private const string PlaceFilter = """
        AND (@center IS NULL OR p.center_id = @center)
        AND (@counter IS NULL OR p.counter_id = @counter)
        AND (@procedure IS NULL OR p.procedure_id = @procedure)
        """;

    private const string VietnamMonth = "date_trunc('month', {0} AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";

    private static readonly string AnswersSql = $"""
        SELECT p.department_id, {string.Format(VietnamMonth, "p.answered_at")},
               count(*)::int,
               count(*) FILTER (WHERE p.due_at IS NULL OR p.answered_at <= p.due_at)::int,
               count(*) FILTER (WHERE p.answer_satisfied IS FALSE)::int
        FROM petitions p
        WHERE p.answered_at >= @from AND p.answered_at < @to AND p.department_id IS NOT NULL
          AND (@departments IS NULL OR p.department_id = ANY(@departments)) {PlaceFilter}
        GROUP BY 1, 2
        """;

    private static readonly string DurationsSql = $"""
        SELECT p.department_id, {string.Format(VietnamMonth, "p.answered_at")},
               (coalesce(p.routed_at, p.received_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
               (p.answered_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
               count(*)::int
        FROM petitions p
        WHERE p.answered_at >= @from AND p.answered_at < @to AND p.department_id IS NOT NULL
          AND (@departments IS NULL OR p.department_id = ANY(@departments)) {PlaceFilter}
        GROUP BY 1, 2, 3, 4
        """;

    // A deadline runs out at 24:00 of its last day: the month is the last day's, one microsecond before. Answered
    // or closed by then is on time; a petition waiting for the citizen has its clock stopped.
    private static readonly string OverdueSql = $"""
        SELECT p.department_id, {string.Format(VietnamMonth, "(p.due_at - interval '1 microsecond')")}, count(*)::int
        FROM petitions p
        WHERE p.due_at > @from AND p.due_at <= @to AND p.due_at <= @now AND p.department_id IS NOT NULL
          AND coalesce(p.answered_at, p.closed_at, 'infinity') > p.due_at AND p.status <> 'info_requested'
          AND (@departments IS NULL OR p.department_id = ANY(@departments)) {PlaceFilter}
        GROUP BY 1, 2
        """;

    private static readonly string HandoversSql = $"""
        WITH keyed AS (
            SELECT e.petition_id, e.at, 'received' AS measure, e.data->>'department' AS department FROM petition_events e
            WHERE e.kind = 'routed' AND e.at >= @from AND e.at < @to
            UNION ALL
            SELECT e.petition_id, e.at, 'received', e.data->>'to' FROM petition_events e
            WHERE e.kind = 'transferred' AND e.at >= @from AND e.at < @to
            UNION ALL
            SELECT e.petition_id, e.at, 'returned', e.data->>'department' FROM petition_events e
            WHERE e.kind = 'returned' AND e.at >= @from AND e.at < @to
            UNION ALL
            SELECT e.petition_id, e.at, 'transferred', e.data->>'from' FROM petition_events e
            WHERE e.kind = 'transferred' AND e.at >= @from AND e.at < @to
        )
        SELECT d.id, {string.Format(VietnamMonth, "k.at")},
               count(*) FILTER (WHERE k.measure = 'received')::int,
               count(*) FILTER (WHERE k.measure = 'returned')::int,
               count(*) FILTER (WHERE k.measure = 'transferred')::int
        FROM keyed k
        JOIN departments d ON k.department IN (d.code, d.id::text)
        JOIN petitions p ON p.id = k.petition_id
        WHERE (@departments IS NULL OR d.id = ANY(@departments)) {PlaceFilter}
        GROUP BY 1, 2
        """;

    private async Task ReadAsync(string sql, NpgsqlParameter[] parameters, Action<NpgsqlDataReader> row, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = SqlCommands.Create(db, sql, TimeoutSeconds, parameters);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                row(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class Tally
    {
        public int Received, Answered, OnTime, Overdue, Returned, Transferred, Dissatisfied;
        public List<(int Days, int Count)> Durations { get; } = [];

        public void AddAnswers(int answered, int onTime, int dissatisfied) =>
            (Answered, OnTime, Dissatisfied) = (Answered + answered, OnTime + onTime, Dissatisfied + dissatisfied);

        public void AddHandovers(int received, int returned, int transferred) =>
            (Received, Returned, Transferred) = (Received + received, Returned + returned, Transferred + transferred);

        public void Add(Tally other)
        {
            AddAnswers(other.Answered, other.OnTime, other.Dissatisfied);
            AddHandovers(other.Received, other.Returned, other.Transferred);
            Overdue += other.Overdue;
        }

        public DepartmentMonthFigures ToFigures(int? id, string? code, string? name, DateOnly? month) =>
            new(id, code, name, month, Received, Answered, OnTime, Overdue, Median(Durations), Returned, Transferred, Dissatisfied);

        /// <summary>The median of a histogram: the middle value, or the mean of the two middle ones.</summary>
        private static double? Median(List<(int Days, int Count)> histogram)
        {
            var n = histogram.Sum(h => h.Count);
            if (n == 0)
            {
                return null;
            }
            var sorted = histogram.OrderBy(h => h.Days).ToList();
            int ValueAt(int index)
            {
                foreach (var (days, count) in sorted)
                {
                    if (index < count)
                    {
                        return days;
                    }
                    index -= count;
                }
                throw new InvalidOperationException("Index beyond the histogram.");
            }
            return (ValueAt((n - 1) / 2) + ValueAt(n / 2)) / 2.0;
        }
    }
}
