using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CchcFeedback.Web.Pages.Account;

/// <summary>POST only: a link could be followed by a prefetcher or a hostile page.</summary>
public class SignOutModel(SignInManager<StaffUser> signIn, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Staff/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await audit.WriteAsync(User.Identity?.Name ?? "anonymous", AuditActions.SignedOut);
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
