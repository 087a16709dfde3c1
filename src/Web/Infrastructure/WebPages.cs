using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.WebEncoders;

namespace CchcFeedback.Web.Infrastructure;

public static class WebPages
{
    /// <summary>Razor Pages with localized views, validation and model binding messages; every POST handler validates
    /// the anti-forgery token (Razor Pages' default, and the global filter makes it hold for any page).</summary>
    public static IServiceCollection AddWebPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            {
                Pages.Admin.Conventions.Apply(options.Conventions);
                Pages.Staff.Conventions.Apply(options.Conventions);
                Pages.Manage.Conventions.Apply(options.Conventions);
                Pages.Account.Conventions.Apply(options.Conventions);
                Pages.Petitions.Conventions.Apply(options.Conventions);
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                options.ModelMetadataDetailsProviders.Add(new CheckboxesNotRequired());
            })
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.ConfigureOptions<BindingMessages>();
        // Razor writes Vietnamese letters as themselves, not as numeric entities: pages stay readable in source and
        // smaller. HTML-sensitive characters are still encoded whatever the ranges.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(
            UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.LatinExtendedA, UnicodeRanges.LatinExtendedB,
            UnicodeRanges.LatinExtendedAdditional, UnicodeRanges.CombiningDiacriticalMarks, UnicodeRanges.GeneralPunctuation,
            UnicodeRanges.CurrencySymbols));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "cchc.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        return services;
    }
}
