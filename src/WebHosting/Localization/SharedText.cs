using System.Globalization;
using CchcFeedback.Core.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.WebHosting.Localization;

/// <summary>The one way text reaches people: Vietnamese written in the code is the key, English is in
/// Resources/SharedResource.en.resx. Core's <see cref="LocalizedText"/> goes through the same localizer.</summary>
public static class SharedText
{
    public static readonly CultureInfo Vietnamese = new("vi-VN");
    public static readonly CultureInfo English = new("en");

    /// <summary>The localizer over the shared resx, for either host.</summary>
    public static IServiceCollection AddSharedText(this IServiceCollection services) =>
        services.AddLocalization(options => options.ResourcesPath = "Resources");

    /// <summary>The text in the current UI language; arguments that are texts themselves are translated too.</summary>
    public static string Localize(this IStringLocalizer l, LocalizedText text) => text.Arguments.Count == 0
        ? l[text.Format]
        : l[text.Format, [.. text.Arguments.Select(a => a is LocalizedText inner ? l.Localize(inner) : a)]];

    /// <summary>"Vietnamese / English", as the Api answers errors that a person may read.</summary>
    public static string Bilingual(this IStringLocalizer l, LocalizedText text) => $"{text.Vietnamese} / {In(English, () => l.Localize(text))}";

    private static string In(CultureInfo culture, Func<string> read)
    {
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (culture, culture);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting);
        }
    }
}
