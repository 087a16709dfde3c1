namespace CchcFeedback.Web.Infrastructure;

public static class WebLimits
{
    /// <summary>Large enough for a petition with three phone photos of up to 5 MB each, small enough to refuse a flood.</summary>
    public const long MaxRequestBodyBytes = 16 * 1024 * 1024;
}
