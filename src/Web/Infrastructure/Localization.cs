using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace CchcFeedback.Web.Infrastructure;

/// <summary>Vietnamese first, English on request. The page text is written in Vietnamese and used as the key;
/// WebHosting's Resources/SharedResource.en.resx holds the English (<see cref="SharedText"/>).</summary>
public static class Localization
{
    public static readonly CultureInfo Vietnamese = SharedText.Vietnamese;
    public static readonly CultureInfo English = SharedText.English;

    public static IServiceCollection AddWebLocalization(this IServiceCollection services)
    {
        services.AddSharedText();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Vietnamese);
            options.SupportedCultures = [Vietnamese, English];
            options.SupportedUICultures = [Vietnamese, English];
            // Only an explicit choice changes the language: citizens' phones often report English.
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary>Of two data columns that name one thing (the catalog's NameVi/NameEn, the SIPAS form's
    /// wording), the one in the page's language; Vietnamese where the data has no English. Text written in the
    /// code goes through the resx instead.</summary>
    public static string InPageLanguage(string vietnamese, string? english) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English.TwoLetterISOLanguageName && !string.IsNullOrWhiteSpace(english)
            ? english
            : vietnamese;

    /// <summary><c>/language/en?returnUrl=/...</c> remembers the choice for a year and goes back.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            var chosen = culture == English.Name ? English : Vietnamese;
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            var target = returnUrl is not null && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//")
                ? returnUrl
                : "/";
            return Results.LocalRedirect(target);
        });
        return endpoints;
    }
}
