using System.CommandLine;
using CchcFeedback.Core.Catalog.Import;

namespace CchcFeedback.Jobs.Commands;

public static class ImportCatalogCommand
{
    public static Command Build()
    {
        var directory = new Argument<DirectoryInfo>("directory") { Description = "Folder with departments.csv, fields.csv, centers.csv, counters.csv, procedures.csv, procedure-details.json" };
        var command = new Command("import-catalog", "Upsert the catalog files of a folder: the CSV files and procedure-details.json (all or nothing)") { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(directory);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            var outcome = await services.GetRequiredService<CatalogImporter>().ImportAsync(result.GetRequiredValue(directory).FullName, ct);
            foreach (var error in outcome.Errors)
            {
                Console.Error.WriteLine(error);
            }
            foreach (var file in outcome.Files)
            {
                Console.WriteLine(file);
            }
            if (outcome.TouchpointsIssued > 0)
            {
                Console.WriteLine($"Mã QR mới / new QR touchpoints: {outcome.TouchpointsIssued}");
            }
            if (!outcome.Succeeded)
            {
                Console.Error.WriteLine("Danh mục không được nhập: không có thay đổi nào. / Catalog not imported: nothing was changed.");
            }
            return outcome.Succeeded ? 0 : 1;
        }, cancellationToken));
        return command;
    }
}
