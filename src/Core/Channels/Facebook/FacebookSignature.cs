using System.Security.Cryptography;
using System.Text;

namespace CchcFeedback.Core.Channels.Facebook;

/// <summary>Meta's webhook signature: <c>X-Hub-Signature-256: sha256=</c> and the hex HMAC-SHA256 of the raw body
/// keyed with the app secret.</summary>
public static class FacebookSignature
{
    public const string Header = "X-Hub-Signature-256";

    public static string Compute(byte[] rawBody, string appSecret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), rawBody));

    public static bool IsValid(string? header, byte[] rawBody, string appSecret)
    {
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(Compute(rawBody, appSecret));
        var given = Encoding.UTF8.GetBytes(header.Trim().ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
