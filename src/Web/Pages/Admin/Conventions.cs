using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CchcFeedback.Web.Pages.Admin;

/// <summary>Every page under /Admin requires the Admin policy: a new page cannot forget it.</summary>
public static class Conventions
{
    public static void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Admin", StaffPolicies.Admin);
}
