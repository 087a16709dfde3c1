using System.Net;
using AngleSharp.Html.Dom;
using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Web.Tests;

/// <summary>Creates staff accounts in a test host's database and signs them in through the real sign-in form.</summary>
public static class StaffAccounts
{
    public const string Password = "mot-mat-khau-du-dai-2026";

    public static async Task<string> CreateAsync<TProgram>(WebApplicationFactory<TProgram> factory, string role, params string[] departments)
        where TProgram : class
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.cchc.vn";
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffUserService>()
            .CreateAsync(new NewStaffUser(email, $"Người thử {role}", [role], departments), Password, "test");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return email;
    }

    public static HttpClient NewClient<TProgram>(WebApplicationFactory<TProgram> factory) where TProgram : class =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in as a new user with this role (and departments).</summary>
    public static async Task<HttpClient> SignedInAsync<TProgram>(WebApplicationFactory<TProgram> factory, string role, params string[] departments)
        where TProgram : class
    {
        var email = await CreateAsync(factory, role, departments);
        var client = NewClient(factory);
        var response = await SignInAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        await PostFormAsync(client, "/Account/SignIn", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>GETs the page, then POSTs its first form with the given fields and the page's anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? handler = null)
    {
        var page = await HtmlDocuments.ParseAsync(await client.GetAsync(url));
        var token = (page.QuerySelector("input[name='__RequestVerificationToken']") as IHtmlInputElement)?.Value
            ?? throw new InvalidOperationException($"{url} has no anti-forgery token");
        fields["__RequestVerificationToken"] = token;
        var target = handler is null ? url : $"{url}{(url.Contains('?') ? '&' : '?')}handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }
}
