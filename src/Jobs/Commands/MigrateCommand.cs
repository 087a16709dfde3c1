using System.CommandLine;
using CchcFeedback.Core.Data;

namespace CchcFeedback.Jobs.Commands;

public static class MigrateCommand
{
    public static Command Build()
    {
        var command = new Command("migrate", "Apply database migrations and create Hangfire's schema") { TreatUnmatchedTokensAsErrors = false };
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            return 0;
        }, cancellationToken));
        return command;
    }
}
