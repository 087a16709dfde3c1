using System.Globalization;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>Anonymous responses as a table, one row per response. Only what a response holds that cannot point at
/// a person: no dossier code, no touchpoint, no review details. Places are catalog codes. Respondent type, gender
/// and age band are written only when the row's counter and local month hold enough responses
/// (<c>withDemographics</c>), so that they describe a crowd, not someone.</summary>
public static class ResponsesTable
{
    public const string ListSeparator = "; ";

    public static IReadOnlyList<object?> Header { get; } =
    [
        "Mã phiếu", "Thời điểm gửi (giờ Việt Nam)", "Mã trung tâm", "Mã quầy", "Mã cơ quan", "Mã thủ tục",
        "Phiên bản mẫu", "Kênh", "Đánh giá nhanh (1 không hài lòng, 2 hài lòng, 3 rất hài lòng)", "Lý do chưa hài lòng",
        .. SipasForm.Criteria.Select(c => (object?)$"Tiêu chí {c.Number} (1–5, 0 không áp dụng)"),
        "Mong muốn", "Góp ý", "Đối tượng", "Giới tính", "Nhóm tuổi", "Chờ duyệt (gắn cờ)",
    ];

    public static IReadOnlyList<object?> Row(ExportedResponse response, ResponsePlaceCodes codes, bool withDemographics)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(codes);
        var cells = new List<object?>(Header.Count)
        {
            response.Id.ToString(),
            TimeZoneInfo.ConvertTime(response.SubmittedAt, VietnamTime.Zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            codes.Center(response.CenterId),
            codes.Counter(response.CounterId),
            codes.Department(response.DepartmentId),
            codes.Procedure(response.ProcedureId),
            response.FormVersion,
            response.Channel,
            (int)response.QuickRating,
            string.Join(ListSeparator, response.DissatisfactionReasons),
        };
        for (var i = 0; i < SipasForm.CriterionCount; i++)
        {
            cells.Add(response.Answers is { } answers && i < answers.Length ? answers[i] : null);
        }
        cells.Add(string.Join(ListSeparator, response.Expectations));
        cells.Add(response.Comment);
        cells.Add(withDemographics ? response.RespondentType : null);
        cells.Add(withDemographics ? response.Gender : null);
        cells.Add(withDemographics ? response.AgeBand : null);
        cells.Add(response.Flagged ? "có" : "không");
        return cells;
    }
}

/// <summary>The columns of a response that an export reads.</summary>
public sealed class ExportedResponse
{
    public Guid Id { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public int CenterId { get; init; }
    public int? CounterId { get; init; }
    public int? DepartmentId { get; init; }
    public int? ProcedureId { get; init; }
    public int FormVersion { get; init; }
    public required string Channel { get; init; }
    public Surveys.QuickRating QuickRating { get; init; }
    public required string[] DissatisfactionReasons { get; init; }
    public short[]? Answers { get; init; }
    public required string[] Expectations { get; init; }
    public string? Comment { get; init; }
    public string? RespondentType { get; init; }
    public string? Gender { get; init; }
    public string? AgeBand { get; init; }
    public bool Flagged { get; init; }
}
