using System.Linq.Expressions;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The filter as SQL over any count table: satisfaction_counts, reliability_moments and hourly_counts
/// share their key columns by name (day, center_id, counter_id, department_id, procedure_id), and survey responses
/// and scans their place columns.</summary>
internal static class PlaceFilterQueries
{
    public static IQueryable<T> Matching<T>(this IQueryable<T> rows, SatisfactionFilter filter) =>
        rows
            .Where(Compare<T, DateOnly>("Day", filter.From, Expression.GreaterThanOrEqual))
            .Where(Compare<T, DateOnly>("Day", filter.To, Expression.LessThanOrEqual))
            .AtPlaces(filter);

    /// <summary>Rows whose CenterId, CounterId, DepartmentId and ProcedureId (nullable or not) match the filter's.</summary>
    public static IQueryable<T> AtPlaces<T>(this IQueryable<T> rows, SatisfactionFilter filter)
    {
        foreach (var (column, id) in Places(filter))
        {
            if (id is { } value)
            {
                rows = rows.Where(Compare<T, int>(column, value, Expression.Equal));
            }
        }

        return rows;
    }

    private static IEnumerable<(string Column, int? Id)> Places(SatisfactionFilter filter) =>
    [
        ("CenterId", filter.CenterId),
        ("CounterId", filter.CounterId),
        ("DepartmentId", filter.DepartmentId),
        ("ProcedureId", filter.ProcedureId),
    ];

    private static Expression<Func<T, bool>> Compare<T, TValue>(
        string property, TValue value, Func<Expression, Expression, BinaryExpression> comparison)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var column = Expression.Property(row, property);
        // Read through a holder's property, as a closure would be, so that EF sends a parameter rather than
        // inlining a literal: one cached plan for every period and place.
        Expression parameter = Expression.Property(Expression.Constant(new Holder<TValue>(value)), nameof(Holder<TValue>.Value));
        if (column.Type != parameter.Type)
        {
            parameter = Expression.Convert(parameter, column.Type);
        }
        return Expression.Lambda<Func<T, bool>>(comparison(column, parameter), row);
    }

    private sealed record Holder<TValue>(TValue Value);
}
