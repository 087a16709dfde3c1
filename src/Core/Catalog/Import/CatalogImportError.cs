namespace CchcFeedback.Core.Catalog.Import;

/// <summary>One thing wrong in a catalog file, placed so a person can find and fix it.</summary>
/// <param name="Line">1-based line in the file; the header is line 1.</param>
/// <param name="Column">The column's header name, or null when the error is about the whole row or file.</param>
public record CatalogImportError(string File, int Line, string? Column, string MessageVi, string MessageEn)
{
    public override string ToString() =>
        $"{File}, dòng/line {Line}{(Column is null ? "" : $", cột/column {Column}")}: {MessageVi} / {MessageEn}";
}
