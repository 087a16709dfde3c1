using Microsoft.AspNetCore.Identity;

namespace CchcFeedback.Core.Identity;

/// <summary>A person who works in the system: ASP.NET Core Identity's user with what this product adds.</summary>
public class StaffUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    /// <summary>A disabled user cannot sign in, and their open sessions end at the next stamp check.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Set for accounts created with a generated password: the first sign-in asks for a new one.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<UserDepartment> Departments { get; set; } = [];
}
