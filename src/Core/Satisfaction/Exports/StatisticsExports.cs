using System.Globalization;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Statistics;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>Writes an export to a stream as it is read. Figures come from <see cref="SatisfactionFigures"/> (a few
/// rows per unit and month); responses are read with one server-side streaming query and written row by row, so
/// an export of millions of responses holds one row at a time.</summary>
public class StatisticsExports(CchcDbContext db, SatisfactionFigures figures, AuditLog audit)
{
    public async Task WriteAsync(ExportRequest request, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(output);
        await using var table = request.Format == ExportFormat.Csv
            ? (ITableWriter)new CsvTableWriter(output)
            : new XlsxTableWriter(output, request.Kind == ExportKind.Figures ? "Số liệu hài lòng" : "Phiếu khảo sát");
        if (request.Kind == ExportKind.Figures)
        {
            await WriteFiguresAsync(request, table, cancellationToken);
        }
        else
        {
            await WriteResponsesAsync(request, table, cancellationToken);
        }
        await table.CompleteAsync(cancellationToken);
    }

    /// <summary>Records who exported what, before the file is written.</summary>
    public async Task AuditAsync(string actor, ExportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await audit.WriteAsync(actor, AuditActions.StatisticsExported, $"statistics:{Name(request.Kind)}", new
        {
            format = Name(request.Format),
            from = request.Filter.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            to = request.Filter.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            unit = request.Kind == ExportKind.Figures ? Name(request.Unit) : null,
            codes = request.Codes,
            includeFlagged = request.Kind == ExportKind.Responses ? request.IncludeFlagged : (bool?)null,
        }, cancellationToken);
    }

    private async Task WriteFiguresAsync(ExportRequest request, ITableWriter table, CancellationToken cancellationToken)
    {
        await table.WriteRowAsync(FiguresTable.Header, cancellationToken);
        foreach (var row in await figures.MonthlyFiguresByUnitAsync(request.Filter, request.Unit, cancellationToken))
        {
            await table.WriteRowAsync(FiguresTable.Row(row), cancellationToken);
        }
    }

    private async Task WriteResponsesAsync(ExportRequest request, ITableWriter table, CancellationToken cancellationToken)
    {
        var codes = await ResponsePlaceCodes.LoadAsync(db, cancellationToken);
        await table.WriteRowAsync(ResponsesTable.Header, cancellationToken);
        var start = VietnamTime.StartOf(request.Filter.From).ToUniversalTime();
        var end = VietnamTime.EndOf(request.Filter.To).ToUniversalTime();
        var includeFlagged = request.IncludeFlagged;
        var exported = db.SurveyResponses.AsNoTracking()
            .Where(r => r.SubmittedAt >= start && r.SubmittedAt < end && (includeFlagged || !r.Flagged))
            .AtPlaces(request.Filter);
        var smallCells = await SmallCellsAsync(exported, request.Filter, cancellationToken);
        var rows = exported
            // The index on submitted_at gives this order without a sort, so the first row leaves at once.
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Select(r => new ExportedResponse
            {
                Id = r.Id,
                SubmittedAt = r.SubmittedAt,
                CenterId = r.CenterId,
                CounterId = r.CounterId,
                DepartmentId = r.DepartmentId,
                ProcedureId = r.ProcedureId,
                FormVersion = r.FormVersion,
                Channel = r.Channel,
                QuickRating = r.QuickRating,
                DissatisfactionReasons = r.DissatisfactionReasons,
                Answers = r.Answers,
                Expectations = r.Expectations,
                Comment = r.Comment,
                RespondentType = r.RespondentType,
                Gender = r.Gender,
                AgeBand = r.AgeBand,
                Flagged = r.Flagged,
            })
            .AsAsyncEnumerable();
        await foreach (var response in rows.WithCancellation(cancellationToken))
        {
            var day = VietnamTime.DateOf(response.SubmittedAt);
            var small = smallCells.Contains(new ResponseCell(response.CenterId, response.CounterId, new DateOnly(day.Year, day.Month, 1)));
            await table.WriteRowAsync(ResponsesTable.Row(response, codes, withDemographics: !small), cancellationToken);
        }
    }

    /// <summary>The cells (a counter, or a center's entrance, and a local month) with fewer than
    /// <see cref="SmallCellRule.MinimumAnswers"/> of the exported responses: there, time, place, gender and age band
    /// together could point at a person, so their rows leave the demographic columns out. One grouped count per
    /// local month of the period.</summary>
    private static async Task<HashSet<ResponseCell>> SmallCellsAsync(
        IQueryable<Surveys.SurveyResponse> exported, SatisfactionFilter filter, CancellationToken cancellationToken)
    {
        var small = new HashSet<ResponseCell>();
        foreach (var month in filter.Months())
        {
            var start = VietnamTime.StartOf(month).ToUniversalTime();
            var end = VietnamTime.StartOf(month.AddMonths(1)).ToUniversalTime();
            var cells = await exported
                .Where(r => r.SubmittedAt >= start && r.SubmittedAt < end)
                .GroupBy(r => new { r.CenterId, r.CounterId })
                .Select(g => new { g.Key.CenterId, g.Key.CounterId, Count = g.Count() })
                .Where(g => g.Count < SmallCellRule.MinimumAnswers)
                .ToListAsync(cancellationToken);
            small.UnionWith(cells.Select(c => new ResponseCell(c.CenterId, c.CounterId, month)));
        }
        return small;
    }

    private readonly record struct ResponseCell(int CenterId, int? CounterId, DateOnly Month);

    internal static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
