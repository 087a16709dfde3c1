using System.Text;
using CchcFeedback.Core.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Security;

public class PersonalDataProtectorTests
{
    [Fact]
    public async Task Protect_VietnameseContact_RoundTripsAndStoredBytesAreNotThePlaintext()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        await using var services = CoreServices.For(connectionString);
        var protector = services.GetRequiredService<PersonalDataProtector>();
        const string contact = "Nguyễn Thị Hồng Nhung, 0912 345 678, 12 Lê Lợi, Đông Hà";

        var stored = protector.Protect(contact);

        Assert.Equal(contact, protector.Unprotect(stored));
        var storedText = Encoding.UTF8.GetString(stored);
        Assert.DoesNotContain("0912", storedText);
        Assert.DoesNotContain("Nhung", storedText);
        Assert.NotEqual(stored, protector.Protect(contact));
    }

    [Fact]
    public async Task Protect_KeyRing_IsKeptInTheDatabaseAndSharedByAnotherInstance()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        byte[] stored;
        await using (var first = CoreServices.For(connectionString))
        {
            stored = first.GetRequiredService<PersonalDataProtector>().Protect("0912345678");
        }

        await using var second = CoreServices.For(connectionString);

        Assert.Equal("0912345678", second.GetRequiredService<PersonalDataProtector>().Unprotect(stored));
        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }

    [Fact]
    public async Task LookupHash_SameNumberWrittenDifferently_IsEqualAndDependsOnTheKey()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        await using var services = CoreServices.For(connectionString);
        await using var otherKey = CoreServices.For(connectionString, new Dictionary<string, string?> { ["Security:LookupHashKey"] = new string('k', 40) });

        var hash = services.GetRequiredService<PersonalDataProtector>().LookupHash("0912 345 678");

        Assert.Equal(hash, services.GetRequiredService<PersonalDataProtector>().LookupHash(" 0912345678 "));
        Assert.NotEqual(hash, services.GetRequiredService<PersonalDataProtector>().LookupHash("0912345679"));
        Assert.NotEqual(hash, otherKey.GetRequiredService<PersonalDataProtector>().LookupHash("0912345678"));
        Assert.Equal(32, hash.Length);
    }
}
