using System.CommandLine;

namespace CchcFeedback.Jobs.Commands;

/// <summary>The Jobs executable's verbs. <c>./cchc</c> calls them; operators may too.</summary>
public static class JobsCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("CchcFeedback: Hangfire server (no command) and operations tasks")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        // Unmatched tokens are host configuration (e.g. --Jobs:WorkerCount=8).
        root.SetAction(async (result, cancellationToken) =>
        {
            await JobsHost.CreateBuilder([.. result.UnmatchedTokens]).Build().RunAsync(cancellationToken);
            return 0;
        });
        root.Subcommands.Add(MigrateCommand.Build());
        root.Subcommands.Add(ImportCatalogCommand.Build());
        root.Subcommands.Add(ExportPostersCommand.Build());
        root.Subcommands.Add(RouteEvalCommand.Build());
        root.Subcommands.Add(RouteCrossValidateCommand.Build());
        root.Subcommands.Add(AssistantEvalCommand.Build());
        root.Subcommands.Add(AssistantCrossValidateCommand.Build());
        root.Subcommands.Add(AssistantBenchCommand.Build());
        root.Subcommands.Add(RoutingBenchCommand.Build());
        root.Subcommands.Add(DevFingerprintsCommand.Build());
        root.Subcommands.Add(CreateAdminCommand.Build());
        root.Subcommands.Add(CreateApiClientCommand.Build());
        root.Subcommands.Add(CreateKioskCommand.Build());
        root.Subcommands.Add(SeedDemoUsersCommand.Build());
        root.Subcommands.Add(SeedDemoCommand.Build());
        root.Subcommands.Add(WriteReportCommand.Build());
        root.Subcommands.Add(WriteSurveyBenchCommand.Build());
        root.Subcommands.Add(ChannelSimCommand.Build());
        return root;
    }
}
