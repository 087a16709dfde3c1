using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CchcFeedback.Core.Catalog.Import;

/// <summary>One row of a CSV file, with its line number and header names for error messages.</summary>
public sealed class CsvRecord(string file, int line, IReadOnlyDictionary<string, string> values)
{
    public string File { get; } = file;
    public int Line { get; } = line;

    /// <summary>The trimmed value of a column; empty when the column is absent or blank.</summary>
    public string this[string column] => values.TryGetValue(column, out var value) ? value.Trim() : "";
}

/// <summary>Reads a catalog CSV file (UTF-8 with or without BOM, quoted fields, extra columns) with CsvHelper.</summary>
public static class CsvTable
{
    public static (IReadOnlyList<CsvRecord> Records, IReadOnlyList<CatalogImportError> Errors) Read(string path, string[] requiredColumns)
    {
        var file = Path.GetFileName(path);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            BadDataFound = null,
        };
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, configuration);

        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            return ([], [new CatalogImportError(file, 1, null, "Tệp rỗng, thiếu dòng tiêu đề.", "The file is empty: no header line.")]);
        }
        var headers = csv.HeaderRecord.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = requiredColumns.Where(c => !headers.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return ([], missing.Select(c => new CatalogImportError(file, 1, c,
                $"Thiếu cột bắt buộc “{c}”.", $"Missing required column '{c}'.")).ToList());
        }

        var records = new List<CsvRecord>();
        while (csv.Read())
        {
            var values = new Dictionary<string, string>();
            for (var i = 0; i < headers.Length; i++)
            {
                values.TryAdd(headers[i], csv.TryGetField<string>(i, out var value) ? value ?? "" : "");
            }
            if (values.Values.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            records.Add(new CsvRecord(file, csv.Parser.RawRow, values));
        }
        return (records, []);
    }
}
