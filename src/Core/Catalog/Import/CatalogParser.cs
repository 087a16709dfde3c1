using System.Text;

namespace CchcFeedback.Core.Catalog.Import;

/// <summary>Codes already in the database, so files can refer to them without repeating them.</summary>
public record ExistingCatalogCodes(IReadOnlySet<string> Departments, IReadOnlySet<string> Fields, IReadOnlySet<string> Centers, IReadOnlySet<string> Procedures);

/// <summary>Reads and validates every catalog file of a directory, collecting all errors before anything is
/// written, so that a person fixes a file in one pass.</summary>
internal sealed class CatalogParser(string directory, ExistingCatalogCodes existing)
{
    /// <summary>The procedures file's word for "the People's Committee of the receiving commune".</summary>
    public const string CommuneDepartmentCode = "COMMUNE";

    private readonly List<CatalogImportError> _errors = [];

    public (CatalogRows Rows, IReadOnlyList<CatalogImportError> Errors) Parse()
    {
        var tables = CatalogFile.All.ToDictionary(f => f, ReadFile);
        var hasDetails = File.Exists(Path.Combine(directory, CatalogFile.ProcedureDetails));
        if (tables.Values.All(t => t is null) && !hasDetails)
        {
            string[] files = [.. CatalogFile.All, CatalogFile.ProcedureDetails];
            _errors.Add(new CatalogImportError(directory, 0, null,
                $"Thư mục không có tệp danh mục nào ({string.Join(", ", files)}).",
                $"The folder holds none of the catalog files ({string.Join(", ", files)})."));
            return (new CatalogRows(null, null, null, null, null), _errors);
        }

        var departments = Known(existing.Departments, tables[CatalogFile.Departments]);
        var fields = Known(existing.Fields, tables[CatalogFile.Fields]);
        var centers = Known(existing.Centers, tables[CatalogFile.Centers]);
        var rows = new CatalogRows(
            ParseEach(tables[CatalogFile.Departments], r => Department(r, departments)),
            ParseEach(tables[CatalogFile.Fields], r => Field(r, departments)),
            ParseEach(tables[CatalogFile.Centers], r => Center(r, departments)),
            ParseEach(tables[CatalogFile.Counters], r => Counter(r, departments, fields, centers)),
            ParseEach(tables[CatalogFile.Procedures], r => Procedure(r, departments, fields)),
            new ProcedureDetailsParser(directory, Known(existing.Procedures, tables[CatalogFile.Procedures]), _errors).Parse());
        return (rows, _errors);
    }

    private IReadOnlyList<CsvRecord>? ReadFile(string file)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var (records, errors) = CsvTable.Read(path, CatalogFile.RequiredColumns[file]);
            _errors.AddRange(errors);
            return records;
        }
        catch (DecoderFallbackException)
        {
            _errors.Add(new CatalogImportError(file, 0, null, "Tệp không phải mã UTF-8.", "The file is not UTF-8 encoded."));
            return [];
        }
    }

    private static HashSet<string> Known(IReadOnlySet<string> inDatabase, IReadOnlyList<CsvRecord>? records) =>
        [.. inDatabase, .. (records ?? []).Select(r => r["code"]).Where(c => c.Length > 0)];

    private List<TRow>? ParseEach<TRow>(IReadOnlyList<CsvRecord>? records, Func<RowReader, TRow> parse)
    {
        if (records is null)
        {
            return null;
        }
        var rows = new List<TRow>();
        var firstLineOfCode = new Dictionary<string, int>();
        foreach (var record in records)
        {
            var reader = new RowReader(record, _errors);
            var code = record["code"];
            if (code.Length > 0 && !firstLineOfCode.TryAdd(code, record.Line))
            {
                reader.Fail("code", $"Mã “{code}” bị trùng (đã có ở dòng {firstLineOfCode[code]}).",
                    $"Duplicate code '{code}' (already on line {firstLineOfCode[code]}).");
            }
            var row = parse(reader);
            if (!reader.HasErrors)
            {
                rows.Add(row);
            }
        }
        return rows;
    }

    private static DepartmentRow Department(RowReader r, IReadOnlySet<string> departments)
    {
        var row = new DepartmentRow(
            r.Required("code", CatalogLimits.CodeLength), r.Required("name_vi", CatalogLimits.NameLength),
            r.Optional("name_en", CatalogLimits.NameLength), r.Choice<AdministrativeLevel>("level"),
            r.Required("kind", CatalogLimits.CodeLength), r.Optional("parent_code", CatalogLimits.CodeLength),
            r.OptionalChoice<DepartmentRole>("role"));
        r.Reference("parent_code", row.ParentCode, departments, "cơ quan, đơn vị", "department");
        if (row.ParentCode == row.Code)
        {
            r.Fail("parent_code", "Đơn vị không thể là cấp trên của chính nó.", "A department cannot be its own parent.");
        }
        return row;
    }

    private static FieldRow Field(RowReader r, IReadOnlySet<string> departments)
    {
        var row = new FieldRow(
            r.Required("code", CatalogLimits.CodeLength), r.Required("name_vi", CatalogLimits.NameLength),
            r.Optional("name_en", CatalogLimits.NameLength), r.Required("province_department", CatalogLimits.CodeLength),
            r.YesNo("commune_handles"));
        r.Reference("province_department", row.ProvinceDepartmentCode, departments, "cơ quan, đơn vị", "department");
        return row;
    }

    private static CenterRow Center(RowReader r, IReadOnlySet<string> departments)
    {
        var row = new CenterRow(
            r.Required("code", CatalogLimits.CodeLength), r.Required("name_vi", CatalogLimits.NameLength),
            r.Choice<AdministrativeLevel>("level"), r.Optional("commune_department", CatalogLimits.CodeLength),
            r.Optional("address", CatalogLimits.NameLength));
        r.Reference("commune_department", row.CommuneDepartmentCode, departments, "cơ quan, đơn vị", "department");
        if (row.Level == AdministrativeLevel.Commune && row.CommuneDepartmentCode is null)
        {
            r.Fail("commune_department", "Trung tâm cấp xã phải ghi UBND xã quản lý.",
                "A commune center must name the commune People's Committee that runs it.");
        }
        return row;
    }

    private static CounterRow Counter(RowReader r, IReadOnlySet<string> departments, IReadOnlySet<string> fields, IReadOnlySet<string> centers)
    {
        var fieldCodes = r.Optional("field_codes", 4000)?
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().ToList() ?? [];
        var row = new CounterRow(
            r.Required("code", CatalogLimits.CodeLength), r.Required("center_code", CatalogLimits.CodeLength),
            r.Required("name_vi", CatalogLimits.NameLength), r.Required("department_code", CatalogLimits.CodeLength), fieldCodes);
        r.Reference("center_code", row.CenterCode, centers, "trung tâm", "service center");
        r.Reference("department_code", row.DepartmentCode, departments, "cơ quan, đơn vị", "department");
        foreach (var field in fieldCodes)
        {
            r.Reference("field_codes", field, fields, "lĩnh vực", "field");
        }
        return row;
    }

    private static ProcedureRow Procedure(RowReader r, IReadOnlySet<string> departments, IReadOnlySet<string> fields)
    {
        var department = r.Required("department_code", CatalogLimits.CodeLength);
        var row = new ProcedureRow(
            r.Required("code", CatalogLimits.CodeLength), r.Required("name_vi", CatalogLimits.ProcedureNameLength),
            r.Required("field_code", CatalogLimits.CodeLength), r.Choice<AdministrativeLevel>("level"),
            department == CommuneDepartmentCode ? null : department, r.WholeNumber("processing_days"));
        r.Reference("field_code", row.FieldCode, fields, "lĩnh vực", "field");
        r.Reference("department_code", row.DepartmentCode, departments, "cơ quan, đơn vị", "department");
        return row;
    }
}
