using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Web.Pages.Admin.Users;

/// <summary>The roles and departments chosen on the create and edit forms.</summary>
public class UserAccessInput
{
    public List<string> Roles { get; set; } = [];

    public List<string> Departments { get; set; } = [];
}

public class NewUserInput : UserAccessInput
{
    [Required(ErrorMessage = "Xin nhập địa chỉ e-mail.")]
    [EmailAddress(ErrorMessage = "Địa chỉ e-mail không hợp lệ.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Xin nhập họ tên.")]
    [StringLength(200, ErrorMessage = "Họ tên dài quá 200 ký tự.")]
    public string DisplayName { get; set; } = "";

    /// <summary>True: e-mail an invitation to set a password; false: show a temporary password once.</summary>
    public bool SendInvitation { get; set; }
}
