using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcFeedback.Web.Pages.Survey;

/// <summary>What the survey pages share: the touchpoint, the language, the device cookie and error mapping.</summary>
public abstract class SurveyPage(TouchpointLookup touchpoints, IDataProtectionProvider protection) : PageModel
{
    private const string DeviceCookie = "cchc.device";

    public TouchpointPlace Place { get; private set; } = null!;

    public static string Text(SurveyChoice choice) => Localization.InPageLanguage(choice.TextVi, choice.TextEn);

    /// <summary>Loads the touchpoint; false when the page must not be shown (unknown or revoked token).</summary>
    protected async Task<bool> LoadPlaceAsync(string token, CancellationToken cancellationToken)
    {
        var place = await touchpoints.FindAsync(token, cancellationToken);
        if (place is not { IsActive: true })
        {
            return false;
        }
        Place = place;
        return true;
    }

    /// <summary>A random id in a signed cookie, plus the address: the soft limit's "source". The cookie holds
    /// nothing else and is never stored with an answer.</summary>
    protected string Source()
    {
        var protector = protection.CreateProtector("CchcFeedback.SurveyDevice.v1");
        string? device = null;
        if (Request.Cookies.TryGetValue(DeviceCookie, out var cookie))
        {
            try
            {
                device = protector.Unprotect(cookie);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                device = null;
            }
        }
        if (device is null)
        {
            device = Guid.NewGuid().ToString("N");
            Response.Cookies.Append(DeviceCookie, protector.Protect(device), new Microsoft.AspNetCore.Http.CookieOptions
            {
                HttpOnly = true,
                SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax,
                MaxAge = TimeSpan.FromDays(30),
                IsEssential = true,
            });
        }
        return $"{device}|{HttpContext.Connection.RemoteIpAddress}";
    }

    protected void AddErrors(IEnumerable<SurveyFieldError> errors, IReadOnlyDictionary<string, string> fieldNames)
    {
        foreach (var error in errors)
        {
            this.AddError(fieldNames.GetValueOrDefault(error.Field, string.Empty), error.Message);
        }
    }
}
