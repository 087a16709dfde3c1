using System.CommandLine;
using CchcFeedback.Core.ApiClients;

namespace CchcFeedback.Jobs.Commands;

/// <summary>Creates an API client; the key is printed once, alone on the last line, for scripts to capture.</summary>
public static class CreateApiClientCommand
{
    public static Command Build()
    {
        var name = new Argument<string>("name") { Description = "What the client is (e.g. 'Kiosk TT_TINH')" };
        var role = new Argument<string>("role") { Description = "Integration, Manager or DepartmentStaff" };
        var department = new Argument<string?>("department") { Description = "Department code (required for DepartmentStaff)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("create-api-client", "Create an API client and print its secret key once") { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(name);
        command.Arguments.Add(role);
        command.Arguments.Add(department);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            try
            {
                var created = await services.GetRequiredService<ApiClientService>().CreateAsync(
                    result.GetRequiredValue(name), result.GetRequiredValue(role), result.GetValue(department), "cli", ct);
                Console.WriteLine($"Đã tạo khóa API / API client created: {created.Client.Name} ({created.Client.Role}), key id {created.Client.KeyId}");
                Console.WriteLine(created.Key);
                return 0;
            }
            catch (ArgumentException exception)
            {
                Console.Error.WriteLine(ApiClientService.Reason(exception));
                return 1;
            }
        }, cancellationToken));
        return command;
    }
}
