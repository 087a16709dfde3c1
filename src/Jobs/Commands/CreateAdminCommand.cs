using System.CommandLine;
using CchcFeedback.Core.Identity;

namespace CchcFeedback.Jobs.Commands;

/// <summary>The first Admin of a real deployment: a generated password, printed once, to be changed at first sign-in.</summary>
public static class CreateAdminCommand
{
    public static Command Build()
    {
        var email = new Argument<string>("email") { Description = "The Admin's e-mail address (their sign-in name)" };
        var name = new Option<string>("--name") { Description = "Display name", DefaultValueFactory = _ => "Quản trị hệ thống" };
        var command = new Command("create-admin", "Create an Admin account and print its one-time password") { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(email);
        command.Options.Add(name);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            var created = await services.GetRequiredService<StaffUserService>().CreateAsync(
                new NewStaffUser(result.GetRequiredValue(email), result.GetRequiredValue(name), [StaffRoles.Admin], []), password: null, "cli", ct);
            if (!created.Succeeded)
            {
                created.Errors.ToList().ForEach(Console.Error.WriteLine);
                return 1;
            }
            Console.WriteLine($"Đã tạo quản trị / Admin created: {created.User!.Email}");
            Console.WriteLine("Mật khẩu tạm, đổi khi đăng nhập lần đầu / One-time password, to change at first sign-in:");
            Console.WriteLine(created.GeneratedPassword);
            return 0;
        }, cancellationToken));
        return command;
    }
}
