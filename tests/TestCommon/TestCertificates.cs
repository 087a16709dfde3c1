using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CchcFeedback.TestCommon;

/// <summary>Certificates made for a test, never taken from a store.</summary>
public static class TestCertificates
{
    public const string Password = "mật-khẩu-chứng-thư";

    /// <summary>A new self-signed RSA certificate with its private key, written as a PFX protected by
    /// <see cref="Password"/>, as <c>Security:DataProtectionCertificate</c> expects; returns its path.</summary>
    public static string DataProtectionPfx()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CchcFeedback Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        Directory.CreateDirectory(TestPaths.Temporary);
        var path = Path.Combine(TestPaths.Temporary, $"data-protection-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }

    /// <summary>The two settings that point a host at <paramref name="path"/>.</summary>
    public static Dictionary<string, string?> DataProtectionSettings(string path) => new()
    {
        ["Security:DataProtectionCertificate"] = path,
        ["Security:DataProtectionCertificatePassword"] = Password,
    };

    /// <summary>What Production needs beyond the tests' settings: a key-ring certificate, and the development
    /// stand-ins allowed explicitly (a test sends nothing to anyone).</summary>
    public static Dictionary<string, string?> ProductionSettings()
    {
        var settings = DataProtectionSettings(DataProtectionPfx());
        settings["Notifications:AllowStandIns"] = "true";
        return settings;
    }
}
