namespace CchcFeedback.Core.Catalog.Import;

/// <summary>What one file did to the catalog.</summary>
public record CatalogFileSummary(string File, int Added, int Changed, int Unchanged)
{
    public override string ToString() =>
        $"{File}: {Added} thêm mới/added, {Changed} thay đổi/changed, {Unchanged} giữ nguyên/unchanged";
}

/// <summary>Either the summaries of a committed import, or the errors of one that changed nothing.</summary>
public record CatalogImportResult(IReadOnlyList<CatalogFileSummary> Files, IReadOnlyList<CatalogImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>QR touchpoints issued for counters and centers that had none.</summary>
    public int TouchpointsIssued { get; init; }

    public static CatalogImportResult Failed(IReadOnlyList<CatalogImportError> errors) => new([], errors);
}
