using System.ComponentModel.DataAnnotations;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Identity;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Account;

public class SignInModel(SignInManager<StaffUser> signIn, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public class InputModel
    {
        [Required(ErrorMessage = "Xin nhập địa chỉ e-mail.")]
        [EmailAddress(ErrorMessage = "Địa chỉ e-mail không hợp lệ.")]
        [SingleLine(ErrorMessage = "Địa chỉ e-mail không hợp lệ.")]
        [StringLength(254, ErrorMessage = "Địa chỉ e-mail không hợp lệ.")]
        [Display(Name = "E-mail")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Xin nhập mật khẩu.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu")]
        public string Password { get; set; } = "";

        [Display(Name = "Ghi nhớ đăng nhập trên máy này")]
        public bool RememberMe { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // A checkbox posts "true" or nothing; anything else is not ticked, and kept as posted it would break the
        // checkbox when the page is shown again.
        if (ModelState.GetValidationState("Input.RememberMe") == ModelValidationState.Invalid)
        {
            ModelState.Remove("Input.RememberMe");
            Input.RememberMe = false;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync(Input.Email.Trim(), AuditActions.SignedIn);
            var user = await signIn.UserManager.FindByEmailAsync(Input.Email.Trim());
            return user is { MustChangePassword: true } ? RedirectToPage("ChangePassword") : LocalRedirect(SafeReturnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("SignInTwoFactor", new { ReturnUrl, Input.RememberMe });
        }
        await audit.WriteAsync(Input.Email.Trim(), result.IsLockedOut ? AuditActions.LockedOut : AuditActions.SignInFailed);
        // The lock is only revealed to someone who knows the password: nothing here tells a stranger whether
        // an address has an account.
        var message = result.IsLockedOut && await PasswordIsRightAsync()
            ? l["Tài khoản đang tạm khóa vì đăng nhập sai nhiều lần. Xin thử lại sau 15 phút."]
            : l["E-mail hoặc mật khẩu không đúng."];
        ModelState.AddModelError(string.Empty, message);
        return Page();
    }

    private string SafeReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Staff";

    private async Task<bool> PasswordIsRightAsync()
    {
        var user = await signIn.UserManager.FindByEmailAsync(Input.Email.Trim());
        return user is not null && await signIn.UserManager.CheckPasswordAsync(user, Input.Password);
    }
}
