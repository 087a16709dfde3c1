using CchcFeedback.Core.Data;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Catalog.Import;

/// <summary>Upserts the catalog files of a directory by code, in one transaction: a directory with any bad
/// row changes nothing. Rows of the database that the files do not mention are left alone.</summary>
public class CatalogImporter(CchcDbContext db, TouchpointService touchpoints, ILogger<CatalogImporter> logger)
{
    // Serialises concurrent imports (two operators, or `./cchc up` racing an admin page).
    private const long ImportLockKey = 0x43_43_48_43_01;

    public async Task<CatalogImportResult> ImportAsync(string directory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
        {
            return CatalogImportResult.Failed([new CatalogImportError(directory, 0, null,
                "Không tìm thấy thư mục.", "The folder does not exist.")]);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ImportLockKey})", cancellationToken);

        var existing = new ExistingCatalogCodes(
            (await db.Departments.Select(d => d.Code).ToListAsync(cancellationToken)).ToHashSet(),
            (await db.Fields.Select(f => f.Code).ToListAsync(cancellationToken)).ToHashSet(),
            (await db.ServiceCenters.Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(),
            (await db.Procedures.Select(p => p.Code).ToListAsync(cancellationToken)).ToHashSet());
        var (rows, errors) = new CatalogParser(directory, existing).Parse();
        if (errors.Count > 0)
        {
            logger.LogWarning("Catalog import from {Directory} rejected with {Count} error(s)", directory, errors.Count);
            return CatalogImportResult.Failed(errors);
        }

        var upsert = new CatalogUpsert(db);
        var summaries = new List<CatalogFileSummary>();
        if (rows.Departments is { } departments)
        {
            summaries.Add(await upsert.DepartmentsAsync(departments, cancellationToken));
        }
        if (rows.Fields is { } fields)
        {
            summaries.Add(await upsert.FieldsAsync(fields, cancellationToken));
        }
        if (rows.Centers is { } centers)
        {
            summaries.Add(await upsert.CentersAsync(centers, cancellationToken));
        }
        if (rows.Counters is { } counters)
        {
            summaries.Add(await upsert.CountersAsync(counters, cancellationToken));
        }
        if (rows.Procedures is { } procedures)
        {
            summaries.Add(await upsert.ProceduresAsync(procedures, cancellationToken));
        }
        if (rows.ProcedureDetails is { } details)
        {
            summaries.Add(await upsert.ProcedureDetailsAsync(details, cancellationToken));
        }
        var issued = await touchpoints.EnsureForCatalogAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Catalog imported from {Directory}: {Added} added, {Changed} changed, {Unchanged} unchanged",
            directory, summaries.Sum(s => s.Added), summaries.Sum(s => s.Changed), summaries.Sum(s => s.Unchanged));
        return new CatalogImportResult(summaries, []) { TouchpointsIssued = issued };
    }
}
