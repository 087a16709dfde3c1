using System.ComponentModel.DataAnnotations;
using System.Text;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Account;

public class ResetPasswordModel(UserManager<StaffUser> users, AuditLog audit, IStringLocalizer<SharedResource> l) : PageModel
{
    public class InputModel
    {
        [Required(ErrorMessage = "Xin nhập mật khẩu mới.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Xin nhập lại mật khẩu mới.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = "Hai lần nhập mật khẩu mới không giống nhau.")]
        public string ConfirmPassword { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    public bool Done { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByIdAsync(UserId.ToString());
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code));
        }
        catch (FormatException)
        {
            token = "";
        }
        var result = user is null ? IdentityResult.Failed() : await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            var errors = result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.InvalidToken)).ToList();
            if (errors.Count == 0)
            {
                ModelState.AddModelError(string.Empty, l["Liên kết đã hết hạn hoặc không hợp lệ."]);
            }
            foreach (var error in errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }
            return Page();
        }
        user!.MustChangePassword = false;
        await users.UpdateAsync(user);
        await audit.WriteAsync(user.Email!, AuditActions.PasswordReset);
        Done = true;
        return Page();
    }
}
