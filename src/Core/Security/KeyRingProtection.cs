using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;

namespace CchcFeedback.Core.Security;

/// <summary>Encrypts each Data Protection key with the certificate of <see cref="SecurityOptions.DataProtectionCertificate"/>
/// before it is stored in the database, and decrypts it with the same certificate. Data Protection takes the
/// certificate while services are registered, so it is read here from configuration; a certificate that does not
/// open is left to <see cref="KeyRingCheck"/>, which stops the host at start with a clear message. Without the
/// setting the keys are stored as they are (Development and tests; Production refuses to start).</summary>
public static class KeyRingProtection
{
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var settings = configuration.GetSection(SecurityOptions.Section);
        var path = settings[nameof(SecurityOptions.DataProtectionCertificate)];
        if (string.IsNullOrWhiteSpace(path) || TryLoad(path, settings[nameof(SecurityOptions.DataProtectionCertificatePassword)]) is not { } certificate)
        {
            return builder;
        }
        return builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    public static X509Certificate2 Load(string path, string? password) => X509CertificateLoader.LoadPkcs12FromFile(path, password);

    private static X509Certificate2? TryLoad(string path, string? password)
    {
        try
        {
            return Load(path, password);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CryptographicException)
        {
            return null;
        }
    }
}
