using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Security;

public class ApiKeyTests
{
    [Fact]
    public void Generate_TwoKeys_AreDifferentAndParseBack()
    {
        var first = ApiKey.Generate();
        var second = ApiKey.Generate();

        Assert.NotEqual(first.ToString(), second.ToString());
        Assert.True(ApiKey.TryParse(first.ToString(), out var parsed));
        Assert.Equal(first, parsed);
        Assert.True(first.Matches(first.SecretHash()));
        Assert.False(first.Matches(second.SecretHash()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("cchc_short")]
    [InlineData("cchc_123456789012-nounderscore")]
    public void TryParse_Malformed_Fails(string? text) => Assert.False(ApiKey.TryParse(text, out _));

    [Fact]
    public async Task CreateAsync_StoresOnlyAHashAndAuthenticatesTheKeyUntilRevoked()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using var services = CoreServices.For(connectionString);
        await using var scope = services.CreateAsyncScope();
        var clients = scope.ServiceProvider.GetRequiredService<ApiClientService>();

        var created = await clients.CreateAsync("Zalo mini app", StaffRoles.Integration, null, "test");

        Assert.DoesNotContain(created.Key.Secret, System.Text.Encoding.UTF8.GetString(created.Client.SecretHash));
        Assert.Equal(created.Client.Id, (await clients.AuthenticateAsync(created.Key.ToString()))!.Id);
        Assert.True(await clients.RevokeAsync(created.Client.Id, "test"));
        Assert.Null(await clients.AuthenticateAsync(created.Key.ToString()));
    }

    [Theory]
    [InlineData("Kiosk", "Superuser", null, "role")]
    [InlineData("Kiosk", StaffRoles.DepartmentStaff, null, "department")]
    [InlineData("Kiosk", StaffRoles.DepartmentStaff, "SO_KHONGCO", "department")]
    [InlineData("", StaffRoles.Integration, null, "name")]
    public async Task CreateAsync_BadRequest_IsRefusedAndStoresNothing(string name, string role, string? department, string parameter)
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using var services = CoreServices.For(connectionString);
        await using var scope = services.CreateAsyncScope();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            scope.ServiceProvider.GetRequiredService<ApiClientService>().CreateAsync(name, role, department, "test"));

        Assert.Equal(parameter == "department" ? "departmentCode" : parameter, error.ParamName);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Empty(db.ApiClients);
    }
}
