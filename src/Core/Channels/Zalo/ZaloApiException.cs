namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>Zalo refused a call (a non-zero <c>error</c> in its answer, or an HTTP failure: <see cref="ErrorCode"/> is
/// then null). The message is ours and holds no personal data.</summary>
public class ZaloApiException(string message, int? errorCode = null, Exception? inner = null) : Exception(message, inner)
{
    public int? ErrorCode { get; } = errorCode;
}
