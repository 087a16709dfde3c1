using Npgsql;

namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>A tally's key: the local day (or the month's first day), the place and the form version.</summary>
public readonly record struct TallyKey(DateOnly Date, int CenterId, int CounterId, int DepartmentId, int ProcedureId, int FormVersion)
{
    public TallyKey InMonth => this with { Date = new DateOnly(Date.Year, Date.Month, 1) };

    /// <summary>The key in the reader's columns from <paramref name="first"/> on, in this record's order.</summary>
    internal static TallyKey Read(NpgsqlDataReader reader, int first) =>
        new(reader.GetFieldValue<DateOnly>(first), reader.GetInt32(first + 1), reader.GetInt32(first + 2), reader.GetInt32(first + 3),
            reader.GetInt32(first + 4), reader.GetInt32(first + 5));
}
