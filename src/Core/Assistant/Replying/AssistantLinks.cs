namespace CchcFeedback.Core.Assistant.Replying;

/// <summary>The public site's paths a reply links to; a channel makes them absolute with <c>PublicSite:BaseUrl</c>.</summary>
public static class AssistantLinks
{
    public const string ProcedureLabel = "Xem đầy đủ thủ tục";
    public const string PetitionLabel = "Gửi phản ánh";
    public const string RateLabel = "Đánh giá";
    public const string TrackLabel = "Tra cứu phản ánh";
    public const string CatalogLabel = "Danh sách thủ tục";

    public static AssistantLink Procedure(string code) => new(ProcedureLabel, $"/thu-tuc/{Uri.EscapeDataString(code)}");

    /// <summary>The petition form with the procedure and the (masked) question filled in, and the QR code the
    /// person came from so that the petition is placed at that counter.</summary>
    public static AssistantLink Petition(string? procedureCode, string maskedQuestion, string? touchpointToken)
    {
        var query = new List<string>();
        if (procedureCode is not null)
        {
            query.Add("procedure=" + Uri.EscapeDataString(procedureCode));
        }
        query.Add("text=" + Uri.EscapeDataString(maskedQuestion));
        if (!string.IsNullOrWhiteSpace(touchpointToken))
        {
            query.Add("token=" + Uri.EscapeDataString(touchpointToken));
        }
        return new(PetitionLabel, "/phan-anh?" + string.Join('&', query));
    }

    public static AssistantLink? Rate(string? touchpointToken) =>
        string.IsNullOrWhiteSpace(touchpointToken) ? null : new(RateLabel, $"/q/{Uri.EscapeDataString(touchpointToken)}/rate");

    public static AssistantLink Track(string? code) =>
        new(TrackLabel, code is null ? "/track" : $"/track?code={Uri.EscapeDataString(code)}");

    public static AssistantLink Catalog() => new(CatalogLabel, "/thu-tuc");
}
