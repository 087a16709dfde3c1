using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CchcFeedback.Web.Pages.Petitions;

/// <summary>One petition form, reached from a counter's QR code (center, counter and procedure known) and from
/// the website's own page (no touchpoint).</summary>
public static class Conventions
{
    public static void Apply(PageConventionCollection conventions) =>
        conventions.AddPageRoute("/Petitions/Form", "/q/{token}/petition");
}
