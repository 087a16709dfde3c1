using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Admin.Users;

public class CreateModel(CchcDbContext db, StaffUserService staffUsers, UserManager<StaffUser> users, IEmailSender email, IStringLocalizer<SharedResource> l, ILogger<CreateModel> logger) : PageModel
{
    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];

    /// <summary>Shown once, after creation without an invitation.</summary>
    public string? TemporaryPassword { get; private set; }

    public string? CreatedEmail { get; private set; }

    /// <summary>The invitation could not be sent; the one-time password is shown instead.</summary>
    public bool InvitationFailed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Departments = await DepartmentChoices.LoadAsync(db, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Departments = await DepartmentChoices.LoadAsync(db, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await staffUsers.CreateAsync(new NewStaffUser(Input.Email, Input.DisplayName, Input.Roles, Input.Departments),
            password: null, User.Identity!.Name!, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }
            return Page();
        }
        CreatedEmail = result.User!.Email;
        if (Input.SendInvitation)
        {
            var link = await Account.PasswordResetLink.CreateAsync(users, result.User, this);
            try
            {
                await email.SendAsync(new EmailMessage(result.User.Email!, l["Mời tham gia hệ thống Góp ý CCHC Quảng Trị"],
                    l["Xin chào {0},\n\nBạn được mời sử dụng hệ thống Góp ý CCHC Quảng Trị. Để đặt mật khẩu, mở liên kết sau:\n{1}", result.User.DisplayName, link]), cancellationToken);
                return Page();
            }
            catch (EmailDeliveryException exception)
            {
                // The account exists either way: hand over its one-time password rather than leave it unusable.
                logger.LogError(exception, "Invitation e-mail for a new user could not be sent");
                InvitationFailed = true;
            }
        }
        TemporaryPassword = result.GeneratedPassword;
        return Page();
    }
}
