using System.Net;
using CchcFeedback.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Web.Tests.Security;

public class RateLimitAndSessionTests(LimitedWebFactory factory) : IClassFixture<LimitedWebFactory>
{
    [Fact]
    public async Task PostSignIn_MoreAttemptsThanTheLimit_Returns429WithRetryAfter()
    {
        var client = StaffAccounts.NewClient(factory);
        HttpResponseMessage? response = null;

        for (var attempt = 0; attempt <= LimitedWebFactory.SignInPermits; attempt++)
        {
            response = await StaffAccounts.SignInAsync(client, "ai-do@test.cchc.vn", "sai-mat-khau-hoan-toan");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, response!.StatusCode);
        Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains("Quá nhiều yêu cầu", await response.Content.ReadAsStringAsync());
    }

}

public class DisabledUserTests(StampCheckedWebFactory factory) : IClassFixture<StampCheckedWebFactory>
{
    [Fact]
    public async Task DisableUser_SignedInUser_LosesTheSessionAndCannotSignInAgain()
    {
        var email = await StaffAccounts.CreateAsync(factory, StaffRoles.Manager);
        var client = StaffAccounts.NewClient(factory);
        await StaffAccounts.SignInAsync(client, email, StaffAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Staff")).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Core.Data.CchcDbContext>();
            var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<StaffUserService>().SetDisabledAsync(id, true, "admin@test");
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Staff")).StatusCode);
        var again = StaffAccounts.NewClient(factory);
        var response = await StaffAccounts.SignInAsync(again, email, StaffAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
