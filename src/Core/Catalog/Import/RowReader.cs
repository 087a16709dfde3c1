using CchcFeedback.Core.Data;

namespace CchcFeedback.Core.Catalog.Import;

/// <summary>Reads typed values out of one CSV record, adding a bilingual error for each bad value.</summary>
internal sealed class RowReader(CsvRecord record, List<CatalogImportError> errors)
{
    public bool HasErrors { get; private set; }

    public string Required(string column, int maxLength)
    {
        var value = record[column];
        if (value.Length == 0)
        {
            Fail(column, $"Cột “{column}” không được để trống.", $"Column '{column}' must not be empty.");
        }
        return Limited(column, value, maxLength);
    }

    public string? Optional(string column, int maxLength)
    {
        var value = record[column];
        return value.Length == 0 ? null : Limited(column, value, maxLength);
    }

    public TEnum Choice<TEnum>(string column) where TEnum : struct, Enum
    {
        var value = record[column];
        if (SnakeCaseEnum.TryParse<TEnum>(value, out var parsed))
        {
            return parsed;
        }
        var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(SnakeCaseEnum.ToName).Where(n => n != "none"));
        Fail(column, $"Giá trị “{value}” không hợp lệ; chấp nhận: {allowed}.", $"Invalid value '{value}'; expected one of: {allowed}.");
        return default;
    }

    /// <summary>An optional choice where a blank cell means the enum's default (e.g. a department with no role).</summary>
    public TEnum OptionalChoice<TEnum>(string column) where TEnum : struct, Enum =>
        record[column].Length == 0 ? default : Choice<TEnum>(column);

    public bool YesNo(string column)
    {
        switch (record[column].ToLowerInvariant())
        {
            case "yes" or "có" or "co" or "true" or "1":
                return true;
            case "no" or "không" or "khong" or "false" or "0" or "":
                return false;
            default:
                Fail(column, $"Giá trị “{record[column]}” không hợp lệ; chấp nhận: yes, no.", $"Invalid value '{record[column]}'; expected yes or no.");
                return false;
        }
    }

    public int WholeNumber(string column)
    {
        var value = record[column];
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        Fail(column, $"“{value}” không phải là số nguyên không âm.", $"'{value}' is not a whole number of zero or more.");
        return 0;
    }

    /// <summary>Checks that a code names something that exists in the database or in the files being imported.</summary>
    public void Reference(string column, string? code, IReadOnlySet<string> known, string whatVi, string whatEn)
    {
        if (!string.IsNullOrEmpty(code) && !known.Contains(code))
        {
            Fail(column, $"Không có {whatVi} mã “{code}”.", $"Unknown {whatEn} code '{code}'.");
        }
    }

    public void Fail(string? column, string messageVi, string messageEn)
    {
        HasErrors = true;
        errors.Add(new CatalogImportError(record.File, record.Line, column, messageVi, messageEn));
    }

    private string Limited(string column, string value, int maxLength)
    {
        if (value.Length > maxLength)
        {
            Fail(column, $"Giá trị dài quá {maxLength} ký tự.", $"Value longer than {maxLength} characters.");
        }
        return value;
    }
}
