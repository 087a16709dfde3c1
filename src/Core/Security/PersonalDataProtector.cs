using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Security;

/// <summary>Encrypts personal data fields (a citizen's name, phone, e-mail, address) at rest with the shared Data
/// Protection keys, and computes the keyed hash used to find a record by such a field without decrypting.</summary>
public class PersonalDataProtector(IDataProtectionProvider provider, IOptions<SecurityOptions> options)
{
    private readonly IDataProtector _protector = provider.CreateProtector("CchcFeedback.PersonalData.v1");

    public byte[] Protect(string plaintext) => _protector.Protect(Encoding.UTF8.GetBytes(plaintext));

    public string Unprotect(byte[] ciphertext) => Encoding.UTF8.GetString(_protector.Unprotect(ciphertext));

    /// <summary>HMAC-SHA256 of the normalised value: equal inputs give equal hashes, and without the key the
    /// hash of a phone number cannot be brute-forced from the small space of phone numbers.</summary>
    public byte[] LookupHash(string value)
    {
        var key = Encoding.UTF8.GetBytes(options.Value.LookupHashKey);
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(Normalise(value)));
    }

    private static string Normalise(string value) =>
        new string(value.Trim().ToLowerInvariant().Where(c => !char.IsWhiteSpace(c)).ToArray()).Normalize(NormalizationForm.FormC);
}
