using System.ComponentModel.DataAnnotations;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Account;

public class ForgotPasswordModel(UserManager<StaffUser> users, IEmailSender email, AuditLog audit, IStringLocalizer<SharedResource> l, ILogger<ForgotPasswordModel> logger) : PageModel
{
    public class InputModel
    {
        [Required(ErrorMessage = "Xin nhập địa chỉ e-mail.")]
        [EmailAddress(ErrorMessage = "Địa chỉ e-mail không hợp lệ.")]
        [SingleLine(ErrorMessage = "Địa chỉ e-mail không hợp lệ.")]
        [StringLength(254, ErrorMessage = "Địa chỉ e-mail không hợp lệ.")]
        public string Email { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        await audit.WriteAsync(Input.Email.Trim(), AuditActions.PasswordResetRequested, cancellationToken: cancellationToken);
        if (user is { IsDisabled: false })
        {
            var link = await PasswordResetLink.CreateAsync(users, user, this);
            try
            {
                await email.SendAsync(new EmailMessage(user.Email!, l["Đặt lại mật khẩu"],
                    l["Xin chào {0},\n\nĐể đặt lại mật khẩu, mở liên kết sau (có hiệu lực trong một ngày):\n{1}\n\nNếu bạn không yêu cầu, xin bỏ qua thư này.", user.DisplayName, link]), cancellationToken);
            }
            catch (EmailDeliveryException exception)
            {
                // Saying so would tell a stranger the address has an account: the page answers as usual.
                logger.LogError(exception, "Password reset e-mail could not be sent");
            }
        }
        // The same answer whether or not the address has an account.
        Sent = true;
        return Page();
    }
}
