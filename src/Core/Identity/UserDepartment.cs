using CchcFeedback.Core.Catalog;

namespace CchcFeedback.Core.Identity;

/// <summary>A user's membership of a department: what a DepartmentStaff user may see.</summary>
public class UserDepartment
{
    public Guid UserId { get; set; }
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
}
