namespace CchcFeedback.Core.Catalog;

/// <summary>Column sizes shared by the model and the importer's validation, so a file is rejected with a
/// clear message before the database would refuse it.</summary>
public static class CatalogLimits
{
    public const int CodeLength = 64;
    public const int NameLength = 300;
    public const int ProcedureNameLength = 1000;
}
