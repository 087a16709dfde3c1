using System.Globalization;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
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
        var rows = db.SurveyResponses.AsNoTracking()
            .Where(r => r.SubmittedAt >= start && r.SubmittedAt < end && (includeFlagged || !r.Flagged))
            .AtPlaces(request.Filter)
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
            await table.WriteRowAsync(ResponsesTable.Row(response, codes), cancellationToken);
        }
    }

    internal static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
