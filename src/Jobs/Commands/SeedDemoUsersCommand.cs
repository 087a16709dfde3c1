using System.CommandLine;
using CchcFeedback.Core.Identity;
using Microsoft.AspNetCore.Identity;

namespace CchcFeedback.Jobs.Commands;

/// <summary>Demo accounts for each role, for a developer's machine only: it refuses to run in Production.</summary>
public static class SeedDemoUsersCommand
{
    public const string Password = "demo-cchc-2026";

    public static readonly IReadOnlyList<NewStaffUser> Users =
    [
        new("admin@demo.cchc.vn", "Quản trị (demo)", [StaffRoles.Admin], []),
        new("manager@demo.cchc.vn", "Lãnh đạo Văn phòng (demo)", [StaffRoles.Manager], []),
        new("tuphap@demo.cchc.vn", "Cán bộ Sở Tư pháp (demo)", [StaffRoles.DepartmentStaff], ["SO_TP"]),
        new("dongha@demo.cchc.vn", "Cán bộ UBND phường Đông Hà (demo)", [StaffRoles.DepartmentStaff], ["UBND_DONGHA"]),
    ];

    public static Command Build()
    {
        var command = new Command("seed-demo-users", "Create demo accounts for each role (development only)") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            if (services.GetRequiredService<IHostEnvironment>().IsProduction())
            {
                Console.Error.WriteLine("Không tạo tài khoản demo trong môi trường Production. / Demo accounts are never created in Production.");
                return 1;
            }
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var staffUsers = services.GetRequiredService<StaffUserService>();
            foreach (var user in Users)
            {
                if (await users.FindByEmailAsync(user.Email) is null)
                {
                    var created = await staffUsers.CreateAsync(user, Password, "cli", ct);
                    if (!created.Succeeded)
                    {
                        created.Errors.ToList().ForEach(Console.Error.WriteLine);
                        return 1;
                    }
                }
                Console.WriteLine($"  {user.Email,-24} {string.Join(", ", user.Roles)} {string.Join(", ", user.DepartmentCodes)}");
            }
            Console.WriteLine($"  mật khẩu / password: {Password}");
            return 0;
        }, cancellationToken));
        return command;
    }
}
