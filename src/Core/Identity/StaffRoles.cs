namespace CchcFeedback.Core.Identity;

/// <summary>The roles of people who work in the system. Citizens never sign in.</summary>
public static class StaffRoles
{
    /// <summary>Everything, including users, API clients and the jobs dashboard.</summary>
    public const string Admin = "Admin";

    /// <summary>Catalog, QR posters, dashboards, reports, triage; every department's data.</summary>
    public const string Manager = "Manager";

    /// <summary>The petitions and statistics of their own departments.</summary>
    public const string DepartmentStaff = "DepartmentStaff";

    /// <summary>An integration (kiosk, Zalo mini app, one-stop system) that submits on citizens' behalf.</summary>
    public const string Integration = "Integration";

    public static readonly IReadOnlyList<string> People = [Admin, Manager, DepartmentStaff];

    public static readonly IReadOnlyList<string> ApiClients = [Integration, Manager, DepartmentStaff];
}
