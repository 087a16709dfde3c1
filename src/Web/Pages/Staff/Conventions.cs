using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CchcFeedback.Web.Pages.Staff;

/// <summary>Every page under /Staff requires a staff role; what each sees is narrowed by its department scope.</summary>
public static class Conventions
{
    public static void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Staff", StaffPolicies.Staff);
}
