using System.Security.Cryptography;
using System.Text;

namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>Zalo's webhook signature: <c>X-ZEvent-Signature: mac=</c> and the hex SHA-256 of the app id, the raw
/// body, the event's <c>timestamp</c> and the OA secret key, concatenated (developers.zalo.me, "Xác thực Webhook").</summary>
public static class ZaloSignature
{
    public const string Header = "X-ZEvent-Signature";

    public static string Compute(string appId, string rawBody, string timestamp, string oaSecretKey) =>
        "mac=" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(appId + rawBody + timestamp + oaSecretKey)));

    /// <summary>Compared in constant time, so the comparison does not tell how much of a forged signature was right.</summary>
    public static bool IsValid(string? header, string appId, string rawBody, string timestamp, string oaSecretKey)
    {
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(Compute(appId, rawBody, timestamp, oaSecretKey));
        var given = Encoding.UTF8.GetBytes(header.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
