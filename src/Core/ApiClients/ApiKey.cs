using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace CchcFeedback.Core.ApiClients;

/// <summary>An API key: <c>cchc_{keyId}_{secret}</c>. The key id finds the client; the secret, 256 random bits,
/// is checked against a SHA-256 hash (a slow password hash adds nothing for a secret this long).</summary>
public sealed record ApiKey(string KeyId, string Secret)
{
    private const string Prefix = "cchc_";

    public override string ToString() => $"{Prefix}{KeyId}_{Secret}";

    public static ApiKey Generate() =>
        new(Base64Url(RandomNumberGenerator.GetBytes(9)), Base64Url(RandomNumberGenerator.GetBytes(32)));

    public static bool TryParse(string? text, [NotNullWhen(true)] out ApiKey? key)
    {
        key = null;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }
        var rest = text[Prefix.Length..];
        // Key ids are 12 characters of base64url, which may itself contain '_': split at the fixed length.
        if (rest.Length < 14 || rest[12] != '_')
        {
            return false;
        }
        key = new ApiKey(rest[..12], rest[13..]);
        return key.Secret.Length > 0;
    }

    public byte[] SecretHash() => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Secret));

    public bool Matches(byte[] storedHash) => CryptographicOperations.FixedTimeEquals(SecretHash(), storedHash);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
