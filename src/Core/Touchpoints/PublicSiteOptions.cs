using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Touchpoints;

/// <summary>Where citizens reach the Web host: every QR code and printed short URL starts with it.</summary>
public class PublicSiteOptions : IValidatableObject
{
    public const string Section = "PublicSite";

    [Required(ErrorMessage = "PublicSite:BaseUrl is required (e.g. https://gopy.quangtri.gov.vn).")]
    public string BaseUrl { get; set; } = "";

    /// <summary>The center hotline printed on posters.</summary>
    public string Hotline { get; set; } = "";

    /// <summary>The hotline as a <c>tel:</c> link wants it: no spaces.</summary>
    public string HotlineDialable => Hotline.Replace(" ", "", StringComparison.Ordinal);

    public string TouchpointUrl(string token) => $"{BaseUrl.TrimEnd('/')}/q/{token}";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !BaseUrl.All(char.IsAscii))
        {
            yield return new ValidationResult("PublicSite:BaseUrl must be an absolute http(s) URL in ASCII without a query.", [nameof(BaseUrl)]);
        }
    }
}
