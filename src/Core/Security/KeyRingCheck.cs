using System.Security.Cryptography;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Security;

/// <summary>Checks the certificate that protects the Data Protection keys at start: in Production it is required
/// (the keys sit in the database beside the data they decrypt), and wherever it is set it must open, with its
/// private key, or nothing protected with it could be read back.</summary>
public sealed class KeyRingCheck(IHostEnvironment? environment) : IValidateOptions<SecurityOptions>
{
    public const string Setting = $"{SecurityOptions.Section}:{nameof(SecurityOptions.DataProtectionCertificate)}";

    public ValidateOptionsResult Validate(string? name, SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.DataProtectionCertificate))
        {
            return environment?.IsProduction() == true
                ? ValidateOptionsResult.Fail(
                    $"{Setting} is required in Production: the path of a PFX whose certificate encrypts the Data Protection keys " +
                    "stored in the database (data_protection_keys), with its password in " +
                    $"{SecurityOptions.Section}:{nameof(SecurityOptions.DataProtectionCertificatePassword)}. Without it a copy " +
                    "of the database holds the keys that decrypt citizens' contact details.")
                : ValidateOptionsResult.Success;
        }
        try
        {
            using var certificate = KeyRingProtection.Load(options.DataProtectionCertificate, options.DataProtectionCertificatePassword);
            return certificate.HasPrivateKey
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"{Setting}: the certificate in {options.DataProtectionCertificate} has no private key.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or CryptographicException)
        {
            return ValidateOptionsResult.Fail(
                $"{Setting}: {options.DataProtectionCertificate} could not be opened as a PFX with the password given ({exception.GetType().Name}).");
        }
    }
}
