using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>The HTTP face of an export file: its media type and a Content-Disposition whose <c>filename*</c> keeps
/// the Vietnamese name (RFC 6266 / 5987) and whose plain <c>filename</c> is the same name without diacritics.</summary>
public static class ExportFile
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string ContentType(ExportFormat format) => format == ExportFormat.Csv ? CsvContentType : XlsxContentType;

    public static string Name(ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var title = request.Kind == ExportKind.Figures
            ? $"Số liệu hài lòng theo {UnitNames.Vietnamese(request.Unit)}"
            : "Phiếu khảo sát ẩn danh";
        var codes = string.Concat(request.Codes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => " " + c.Value));
        var period = string.Create(CultureInfo.InvariantCulture, $"{request.Filter.From:yyyy-MM-dd} đến {request.Filter.To:yyyy-MM-dd}");
        return $"{title}{codes} {period}.{StatisticsExports.Name(request.Format)}";
    }

    public static string ContentDisposition(ExportRequest request)
    {
        var name = Name(request);
        var header = new ContentDispositionHeaderValue("attachment") { FileName = $"\"{Ascii(name)}\"", FileNameStar = name };
        return header.ToString();
    }

    /// <summary>The name without diacritics, for clients that ignore <c>filename*</c>; đ has no decomposition.</summary>
    public static string Ascii(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            text.Append(c is < ' ' or > '~' or '"' or '\\' ? '_' : c);
        }
        return text.ToString();
    }
}
