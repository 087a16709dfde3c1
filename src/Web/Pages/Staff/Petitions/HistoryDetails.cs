using System.Text.Json;
using CchcFeedback.Core.Petitions;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Staff.Petitions;

/// <summary>The details an event's data holds, in a line staff can read: which department, how many days.</summary>
public static class HistoryDetails
{
    public static string? Describe(IStringLocalizer l, PetitionCase.Step step, IReadOnlyDictionary<string, string> departmentNames)
    {
        if (step.Data is null)
        {
            return null;
        }
        var data = JsonDocument.Parse(step.Data).RootElement;
        if (data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        string? Text(string name) => data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        int? Number(string name) => data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
        string Department(string? code) => code is null ? l["không có cơ quan"].Value : departmentNames.GetValueOrDefault(code, code);
        LocalizedString? details = step.Kind switch
        {
            PetitionEventKind.Routed => l["Đến: {0} (căn cứ: {1})", Department(Text("department")), HandlingWords.Rule(l, Text("rule")).ToLowerInvariant()],
            PetitionEventKind.Returned => l["Cơ quan trả lại: {0}", Department(Text("department"))],
            PetitionEventKind.Transferred or PetitionEventKind.Reassigned => l["Từ {0} đến {1}", Department(Text("from")), Department(Text("to"))],
            PetitionEventKind.Extended when Number("days") is { } days => l["Thêm {0} ngày làm việc", days],
            PetitionEventKind.InfoReceived when Number("pausedWorkingDays") is { } paused => l["Thời hạn tạm dừng {0} ngày làm việc", paused],
            _ => null,
        };
        return details?.Value;
    }
}
