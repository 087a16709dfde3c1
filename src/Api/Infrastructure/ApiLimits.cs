namespace CchcFeedback.Api.Infrastructure;

public static class ApiLimits
{
    /// <summary>JSON requests are small; a photo upload has its own, explicit limit.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    /// <summary>The browsable API reference (Scalar), which needs inline script.</summary>
    public const string ReferencePath = "/docs";
}
