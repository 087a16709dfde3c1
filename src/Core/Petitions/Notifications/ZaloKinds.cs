namespace CchcFeedback.Core.Petitions.Notifications;

/// <summary>The kinds of Zalo notice, each with its ZNS template (<c>Zalo:Templates:&lt;kind&gt;</c>), and which
/// notice step each is.</summary>
public static class ZaloKinds
{
    public const string Received = "received";
    public const string Routed = "routed";
    public const string Answered = "answered";
    public const string Reopened = "reopened";
    public const string Rating = "rating";

    /// <summary>A petition's channel when it came from Zalo.</summary>
    public const string Channel = "zalo";

    /// <summary>The kind for a notice step (<c>routed:1733…</c>), or null when Zalo has no template kind for it.</summary>
    public static string? Of(string step) => step.Split(':')[0] switch
    {
        Received => Received,
        Routed => Routed,
        Answered => Answered,
        Reopened => Reopened,
        _ => null,
    };
}
