namespace CchcFeedback.Core.Catalog.Import;

/// <summary>The catalog's file names and the columns each must have (others are ignored).</summary>
public static class CatalogFile
{
    public const string Departments = "departments.csv";
    public const string Fields = "fields.csv";
    public const string Centers = "centers.csv";
    public const string Counters = "counters.csv";
    public const string Procedures = "procedures.csv";

    /// <summary>The public record of each procedure; JSON, read after the CSV files (ProcedureDetailsParser).</summary>
    public const string ProcedureDetails = "procedure-details.json";

    /// <summary>In dependency order: each file refers only to codes of files before it (or to itself).</summary>
    public static readonly IReadOnlyList<string> All = [Departments, Fields, Centers, Counters, Procedures];

    public static readonly IReadOnlyDictionary<string, string[]> RequiredColumns = new Dictionary<string, string[]>
    {
        [Departments] = ["code", "name_vi", "level", "kind"],
        [Fields] = ["code", "name_vi", "province_department", "commune_handles"],
        [Centers] = ["code", "name_vi", "level"],
        [Counters] = ["code", "center_code", "name_vi", "department_code"],
        [Procedures] = ["code", "name_vi", "field_code", "level", "department_code", "processing_days"],
    };
}
