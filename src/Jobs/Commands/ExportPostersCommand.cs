using System.CommandLine;
using CchcFeedback.Core.Touchpoints;

namespace CchcFeedback.Jobs.Commands;

/// <summary>Writes every active touchpoint's QR code as PNG and SVG, named by counter code (or center code for
/// a center's entrance), for a print shop.</summary>
public static class ExportPostersCommand
{
    public static Command Build()
    {
        var directory = new Argument<DirectoryInfo>("directory") { Description = "Folder to write COUNTER_CODE.png and COUNTER_CODE.svg into (created if missing)" };
        var command = new Command("export-posters", "Write every active counter's and center entrance's QR code as PNG and SVG") { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(directory);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            var folder = result.GetRequiredValue(directory).FullName;
            IReadOnlyList<QrCodeExport.ExportedFile> files;
            try
            {
                files = await services.GetRequiredService<QrCodeExport>().ExportAsync(folder, ct);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"Không ghi được vào thư mục / Cannot write to {folder}: {exception.Message}");
                return 1;
            }
            foreach (var file in files)
            {
                Console.WriteLine($"  {file.Code,-24} {file.Url}");
            }
            Console.WriteLine($"Đã ghi {files.Count} mã QR (PNG và SVG) vào / Wrote {files.Count} QR codes (PNG and SVG) to {folder}");
            return 0;
        }, cancellationToken));
        return command;
    }
}
