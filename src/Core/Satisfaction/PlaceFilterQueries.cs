using System.Linq.Expressions;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The filter as SQL over the tallies (satisfaction_days and satisfaction_months share their place columns
/// by name), survey responses and scans.</summary>
internal static class PlaceFilterQueries
{
    /// <summary>Rows whose Day falls in one of the ranges (inclusive).</summary>
    public static Expression<Func<T, bool>> DayIn<T>(IReadOnlyList<(DateOnly From, DateOnly To)> ranges)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var day = Expression.Property(row, "Day");
        var inAny = ranges
            .Select(r => (Expression)Expression.AndAlso(
                Expression.GreaterThanOrEqual(day, Parameter(r.From)),
                Expression.LessThanOrEqual(day, Parameter(r.To))))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<T, bool>>(inAny, row);
    }

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
        var parameter = Parameter(value);
        if (column.Type != parameter.Type)
        {
            parameter = Expression.Convert(parameter, column.Type);
        }
        return Expression.Lambda<Func<T, bool>>(comparison(column, parameter), row);
    }

    // Read through a holder's property, as a closure would be, so that EF sends a parameter rather than inlining
    // a literal: one cached plan for every period and place.
    private static Expression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Holder<TValue>(value)), nameof(Holder<TValue>.Value));

    private sealed record Holder<TValue>(TValue Value);
}
