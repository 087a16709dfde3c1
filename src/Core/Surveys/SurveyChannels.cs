namespace CchcFeedback.Core.Surveys;

/// <summary>Where a survey response came from (<see cref="SurveyResponse.Channel"/>). Figures split by channel
/// name each one; the response rate divides only the ratings of <see cref="FollowingAScan"/> by QR scans.</summary>
public static class SurveyChannels
{
    /// <summary>The phone page a QR code opens.</summary>
    public const string QrPage = "web";

    /// <summary>Integrations through the Api (mini apps, the one-stop system).</summary>
    public const string Api = "api";

    /// <summary>A counter tablet.</summary>
    public const string Kiosk = "kiosk";

    /// <summary>The quick rating asked in the Zalo OA's or the Facebook Page's chat (<c>Channels/Conversations/RatingFlow</c>).</summary>
    public const string Zalo = Channels.ChannelNames.Zalo;
    public const string Facebook = Channels.ChannelNames.Facebook;

    /// <summary>Synthetic responses of <c>seed-demo</c>, for development only.</summary>
    public const string Demo = "demo";

    /// <summary>The channels whose ratings follow a QR scan: the QR page, and the demo data that stands in for it on a
    /// developer's machine (<c>seed-demo</c> makes its scans too, and refuses to run in Production).</summary>
    public static readonly IReadOnlyList<string> FollowingAScan = [QrPage, Demo];
}
