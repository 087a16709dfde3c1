using CchcFeedback.Core.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Infrastructure;

/// <summary>Core's field errors on a page, in the page's language through the shared resx.</summary>
public static class PageErrors
{
    public static IStringLocalizer Localizer(this PageModel page) =>
        page.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();

    public static void AddError(this PageModel page, string key, LocalizedText message) =>
        page.ModelState.AddModelError(key, page.Localizer().Localize(message));
}
