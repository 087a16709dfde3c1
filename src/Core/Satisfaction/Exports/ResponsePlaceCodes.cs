using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>Catalog codes by id, loaded once per export (the catalog is small), so that the streamed rows need no joins.</summary>
public sealed class ResponsePlaceCodes
{
    private readonly Dictionary<int, string> _centers;
    private readonly Dictionary<int, string> _counters;
    private readonly Dictionary<int, string> _departments;
    private readonly Dictionary<int, string> _procedures;

    private ResponsePlaceCodes(Dictionary<int, string> centers, Dictionary<int, string> counters, Dictionary<int, string> departments, Dictionary<int, string> procedures)
    {
        _centers = centers;
        _counters = counters;
        _departments = departments;
        _procedures = procedures;
    }

    public static async Task<ResponsePlaceCodes> LoadAsync(CchcDbContext db, CancellationToken cancellationToken) => new(
        await db.ServiceCenters.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken),
        await db.Counters.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Code, cancellationToken),
        await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Code, cancellationToken),
        await db.Procedures.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken));

    public string Center(int id) => Code(_centers, id)!;

    public string? Counter(int? id) => Code(_counters, id);

    public string? Department(int? id) => Code(_departments, id);

    public string? Procedure(int? id) => Code(_procedures, id);

    private static string? Code(Dictionary<int, string> codes, int? id) =>
        id is { } value ? codes.GetValueOrDefault(value) ?? $"#{value}" : null;
}
