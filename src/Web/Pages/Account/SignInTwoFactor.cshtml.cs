using System.ComponentModel.DataAnnotations;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Account;

public class SignInTwoFactorModel(SignInManager<StaffUser> signIn, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public class InputModel
    {
        [Required(ErrorMessage = "Xin nhập mã xác thực.")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "Mã xác thực gồm 6 chữ số.")]
        [Display(Name = "Mã xác thực")]
        public string Code { get; set; } = "";

        [Display(Name = "Không hỏi lại trên máy này")]
        public bool RememberMachine { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("SignIn");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberMachine);
        if (result.Succeeded)
        {
            await audit.WriteAsync(user.Email!, AuditActions.SignedIn, details: new { secondFactor = "totp" });
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Staff");
        }
        await audit.WriteAsync(user.Email!, result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed, details: new { secondFactor = "totp" });
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? l["Tài khoản đang tạm khóa vì đăng nhập sai nhiều lần. Xin thử lại sau 15 phút."]
            : l["Mã xác thực không đúng."]);
        return Page();
    }
}
