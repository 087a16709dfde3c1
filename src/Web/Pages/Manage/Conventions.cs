using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CchcFeedback.Web.Pages.Manage;

/// <summary>Every page under /Manage (touchpoints and posters, later dashboards) requires the Manager policy
/// (Managers and Admins): a new page cannot forget it.</summary>
public static class Conventions
{
    public static void Apply(PageConventionCollection conventions) => conventions.AuthorizeFolder("/Manage", StaffPolicies.Manager);
}
