using System.Text.Json;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Security;

namespace CchcFeedback.Core.Catalog.Import;

/// <summary>What the readers of one record share: where errors go, and whether the record had any.</summary>
internal sealed class JsonRecordErrors(string file, JsonLines lines, List<CatalogImportError> errors)
{
    public bool HasErrors { get; private set; }

    public void Fail(string path, string field, string messageVi, string messageEn)
    {
        HasErrors = true;
        errors.Add(new CatalogImportError(file, lines.LineOf(path), field.Length == 0 ? null : field, messageVi, messageEn));
    }
}

/// <summary>Reads typed values out of one JSON object, adding a bilingual error, placed by line and field, for each
/// bad value: the JSON counterpart of <see cref="RowReader"/>.</summary>
/// <param name="path">The object's path in the file, for its line.</param>
/// <param name="field">The object's path inside the record, for the error's field (empty for the record itself).</param>
internal sealed class JsonObjectReader(JsonElement element, string path, string field, JsonRecordErrors errors)
{
    public void Fail(string name, string messageVi, string messageEn) =>
        errors.Fail(JsonLines.Child(path, name), Label(name), messageVi, messageEn);

    private string Label(string name) => JsonLines.Child(field, name);

    /// <summary>Refuses properties the format does not have: a misspelt optional field would otherwise vanish.</summary>
    public void OnlyKnown(params string[] names)
    {
        foreach (var property in element.EnumerateObject().Where(p => !names.Contains(p.Name)))
        {
            Fail(property.Name, $"Trường “{Label(property.Name)}” không có trong định dạng tệp.", $"Unknown field '{Label(property.Name)}'.");
        }
    }

    public string Text(string name, int maxLength, bool freeText = false) => Text(name, maxLength, freeText, required: true) ?? "";

    public string? OptionalText(string name, int maxLength, bool freeText = false) => Text(name, maxLength, freeText, required: false);

    public bool Flag(string name, bool? whenAbsent = null)
    {
        var value = Value(name, required: whenAbsent is null);
        switch (value?.ValueKind)
        {
            case null:
                return whenAbsent ?? false;
            case JsonValueKind.Null when whenAbsent is { } fallback:
                return fallback;
            case JsonValueKind.True or JsonValueKind.False:
                return value.Value.GetBoolean();
            default:
                WrongType(name, "true hoặc false", "true or false");
                return false;
        }
    }

    public int WholeNumber(string name, int min, int max)
    {
        var value = Value(name, required: true);
        if (value is { ValueKind: JsonValueKind.Number } number && number.TryGetInt32(out var parsed) && parsed >= min && parsed <= max)
        {
            return parsed;
        }
        if (value is not null)
        {
            Fail(name, $"Giá trị phải là số nguyên từ {min} đến {max}.", $"The value must be a whole number from {min} to {max}.");
        }
        return 0;
    }

    public TEnum Choice<TEnum>(string name) where TEnum : struct, Enum
    {
        var text = Text(name, 32);
        if (SnakeCaseEnum.TryParse<TEnum>(text, out var parsed))
        {
            return parsed;
        }
        if (text.Length == 0)
        {
            return default;
        }
        var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(SnakeCaseEnum.ToName));
        Fail(name, $"Giá trị “{text}” không hợp lệ; chấp nhận: {allowed}.", $"Invalid value '{text}'; expected one of: {allowed}.");
        return default;
    }

    /// <summary>An absolute https address, or null.</summary>
    public string? HttpsUrl(string name, int maxLength)
    {
        var text = OptionalText(name, maxLength);
        if (text is not null && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            Fail(name, "Địa chỉ phải là URL tuyệt đối bắt đầu bằng https://.", "The address must be an absolute URL starting with https://.");
        }
        return text;
    }

    public JsonObjectReader? Object(string name)
    {
        var value = Value(name, required: true);
        if (value is { ValueKind: JsonValueKind.Object } found)
        {
            return new JsonObjectReader(found, JsonLines.Child(path, name), JsonLines.Child(field, name), errors);
        }
        if (value is not null)
        {
            WrongType(name, "một đối tượng { }", "an object { }");
        }
        return null;
    }

    /// <summary>A list of <paramref name="min"/> to <paramref name="max"/> items; an absent optional list counts as empty.</summary>
    public List<T> List<T>(string name, int min, int max, Func<ListItem, T> read, bool required = false)
    {
        var value = Value(name, required: required || min > 0);
        if (value is null or { ValueKind: JsonValueKind.Null })
        {
            return [];
        }
        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            WrongType(name, "một danh sách [ ]", "a list [ ]");
            return [];
        }
        var count = value.Value.GetArrayLength();
        if (count < min || count > max)
        {
            Fail(name, $"Danh sách “{Label(name)}” phải có từ {min} đến {max} mục (có {count}).",
                $"The list '{Label(name)}' must have {min} to {max} items (it has {count}).");
        }
        return value.Value.EnumerateArray()
            .Select((item, i) => read(new ListItem(item, $"{JsonLines.Child(path, name)}[{i}]", $"{JsonLines.Child(field, name)}[{i}]", errors)))
            .ToList();
    }

    private JsonElement? Value(string name, bool required)
    {
        if (element.TryGetProperty(name, out var value))
        {
            return value;
        }
        if (required)
        {
            Fail(name, $"Thiếu trường bắt buộc “{Label(name)}”.", $"Missing required field '{Label(name)}'.");
        }
        return null;
    }

    private string? Text(string name, int maxLength, bool freeText, bool required) =>
        Text(Value(name, required), name, maxLength, freeText, required);

    /// <summary>This reader's own value as a required string: a list item such as a step.</summary>
    public string ItemText(int maxLength, bool freeText) => Text(element, "", maxLength, freeText, required: true) ?? "";

    private string? Text(JsonElement? value, string name, int maxLength, bool freeText, bool required)
    {
        if (value is null || (!required && value.Value.ValueKind == JsonValueKind.Null))
        {
            return null;
        }
        if (value.Value.ValueKind != JsonValueKind.String)
        {
            WrongType(name, "một chuỗi ký tự", "a string");
            return null;
        }
        var text = value.Value.GetString()!.Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                Fail(name, $"Trường “{Label(name)}” không được để trống.", $"Field '{Label(name)}' must not be empty.");
            }
            return required ? text : null;
        }
        if (text.Length > maxLength)
        {
            Fail(name, $"Giá trị dài quá {maxLength} ký tự.", $"Value longer than {maxLength} characters.");
        }
        if (!(freeText ? TextInput.IsFreeText(text) : TextInput.IsSingleLine(text)))
        {
            Fail(name, "Giá trị có ký tự điều khiển không được phép.", "The value holds a control character that is not allowed.");
        }
        return text;
    }

    private void WrongType(string name, string whatVi, string whatEn) =>
        Fail(name, $"Trường “{Label(name)}” phải là {whatVi}.", $"Field '{Label(name)}' must be {whatEn}.");

    /// <summary>One item of a list: a string (a step) or an object (a document, a fee).</summary>
    public sealed record ListItem(JsonElement Element, string Path, string Field, JsonRecordErrors Errors)
    {
        public JsonObjectReader? AsObject()
        {
            if (Element.ValueKind == JsonValueKind.Object)
            {
                return new JsonObjectReader(Element, Path, Field, Errors);
            }
            var label = Field.Length == 0 ? Path : Field;
            Errors.Fail(Path, Field, $"Mục “{label}” phải là một đối tượng {{ }}.", $"Item '{label}' must be an object {{ }}.");
            return null;
        }

        public string AsText(int maxLength, bool freeText) => new JsonObjectReader(Element, Path, Field, Errors).ItemText(maxLength, freeText);
    }
}
