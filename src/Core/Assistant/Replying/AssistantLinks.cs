namespace CchcFeedback.Core.Assistant.Replying;

/// <summary>The public site's paths a reply links to; a channel makes them absolute with <c>PublicSite:BaseUrl</c>.</summary>
public static class AssistantLinks
{
    public static AssistantLink Procedure(string code) => new(AssistantLabels.Procedure.Vietnamese, $"/thu-tuc/{Uri.EscapeDataString(code)}");

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
        return new(AssistantLabels.Petition.Vietnamese, "/phan-anh?" + string.Join('&', query));
    }

    public static AssistantLink? Rate(string? touchpointToken) =>
        string.IsNullOrWhiteSpace(touchpointToken) ? null : new(AssistantLabels.Rate.Vietnamese, $"/q/{Uri.EscapeDataString(touchpointToken)}/rate");

    public static AssistantLink Track(string? code) =>
        new(AssistantLabels.Track.Vietnamese, code is null ? "/track" : $"/track?code={Uri.EscapeDataString(code)}");

    public static AssistantLink Catalog() => new(AssistantLabels.Catalog.Vietnamese, "/thu-tuc");
}
