namespace CchcFeedback.Web.Infrastructure;

public static class WebLimits
{
    /// <summary>Large enough for a petition with three phone photos, small enough to refuse a flood.</summary>
    public const long MaxRequestBodyBytes = 12 * 1024 * 1024;
}
