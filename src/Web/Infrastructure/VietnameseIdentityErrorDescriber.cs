using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Infrastructure;

/// <summary>Identity's validation messages in the page's language (Vietnamese unless English was chosen).</summary>
public class VietnameseIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Describe(nameof(PasswordTooShort), l["Mật khẩu phải có ít nhất {0} ký tự.", length]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Describe(nameof(PasswordRequiresUniqueChars), l["Mật khẩu phải có ít nhất {0} ký tự khác nhau.", uniqueChars]);

    public override IdentityError PasswordMismatch() => Describe(nameof(PasswordMismatch), l["Mật khẩu hiện tại không đúng."]);

    public override IdentityError InvalidToken() => Describe(nameof(InvalidToken), l["Liên kết đã hết hạn hoặc không hợp lệ."]);

    public override IdentityError DuplicateEmail(string email) => Describe(nameof(DuplicateEmail), l["Địa chỉ e-mail {0} đã được dùng.", email]);

    public override IdentityError DuplicateUserName(string userName) => Describe(nameof(DuplicateUserName), l["Tên đăng nhập {0} đã được dùng.", userName]);

    public override IdentityError InvalidEmail(string? email) => Describe(nameof(InvalidEmail), l["Địa chỉ e-mail không hợp lệ."]);

    private static IdentityError Describe(string code, string description) => new() { Code = code, Description = description };
}
