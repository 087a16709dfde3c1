using System.Security.Cryptography;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Tests.Security;

public class KeyRingProtectionTests
{
    private static string CertificateFile() => TestCertificates.DataProtectionPfx();

    private static Dictionary<string, string?> WithCertificate(string path) => TestCertificates.DataProtectionSettings(path);

    private static ServiceProvider Services(Dictionary<string, string?> settings, string environment) =>
        CoreServices.For("Host=127.0.0.1;Database=unused", settings,
            services => services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment }));

    [Fact]
    public async Task Protect_CertificateConfigured_StoredKeyIsEncryptedAndADumpAloneCannotDecrypt()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        var certificate = CertificateFile();
        byte[] stored;
        await using (var withCertificate = CoreServices.For(connectionString, WithCertificate(certificate)))
        {
            stored = withCertificate.GetRequiredService<PersonalDataProtector>().Protect("0912345678");
        }

        await using var db = TestDatabase.CreateDbContext(connectionString);
        var key = Assert.Single(await db.DataProtectionKeys.AsNoTracking().ToListAsync());
        Assert.Contains("EncryptedData", key.Xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key.Xml, StringComparison.Ordinal);
        // The same database without the certificate, as a copy of it would be: the key cannot be opened.
        await using (var withoutCertificate = CoreServices.For(connectionString))
        {
            Assert.ThrowsAny<CryptographicException>(() => withoutCertificate.GetRequiredService<PersonalDataProtector>().Unprotect(stored));
        }
        await using var again = CoreServices.For(connectionString, WithCertificate(certificate));
        Assert.Equal("0912345678", again.GetRequiredService<PersonalDataProtector>().Unprotect(stored));
    }

    [Fact]
    public void Validate_ProductionWithoutCertificate_FailsNamingTheSetting()
    {
        using var services = Services([], "Production");

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SecurityOptions>>().Value);

        Assert.Contains("Security:DataProtectionCertificate is required in Production", failure.Message);
    }

    [Fact]
    public void Validate_WrongPassword_FailsNamingTheFile()
    {
        var path = CertificateFile();
        using var services = Services(new() { ["Security:DataProtectionCertificate"] = path, ["Security:DataProtectionCertificatePassword"] = "sai" }, "Production");

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SecurityOptions>>().Value);

        Assert.Contains(path, failure.Message);
    }

    [Theory]
    [InlineData("Development", false)]
    [InlineData("Testing", false)]
    [InlineData("Production", true)]
    public void Validate_CertificateOrNotProduction_IsValid(string environment, bool certificate)
    {
        using var services = Services(certificate ? WithCertificate(CertificateFile()) : [], environment);

        var options = services.GetRequiredService<IOptions<SecurityOptions>>().Value;

        Assert.Equal(certificate, options.DataProtectionCertificate is not null);
    }
}
