using System.Text;
using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace CchcFeedback.Web.Pages.Account;

/// <summary>The absolute link to set a new password, for a forgotten password and for an invitation alike.</summary>
public static class PasswordResetLink
{
    public static async Task<string> CreateAsync(UserManager<StaffUser> users, StaffUser user, PageModel page)
    {
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        return page.Url.Page("/Account/ResetPassword", null, new { userId = user.Id, code = token }, page.Request.Scheme, page.Request.Host.Value)!;
    }
}
