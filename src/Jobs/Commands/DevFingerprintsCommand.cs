using System.CommandLine;
using CchcFeedback.Core.Routing.Overlap;

namespace CchcFeedback.Jobs.Commands;

/// <summary>Writes the word-pair fingerprints of the development sets (hashes, no text) to the file the leak
/// guard test reads, so that the guard runs in a checkout without the development sets. Needs no database.</summary>
public static class DevFingerprintsCommand
{
    public static Command Build()
    {
        var output = new Argument<FileInfo>("output") { Description = "The fingerprint file to write (tests/Core.Tests/Routing/dev-fingerprints.txt)" };
        var sets = new Argument<FileInfo[]>("dev-sets") { Description = "Development sets in JSON Lines, each named by its folder (data/routing/dev.jsonl: routing)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("dev-fingerprints", "Write the development sets' word-pair fingerprints for the leak guard");
        command.Arguments.Add(output);
        command.Arguments.Add(sets);
        command.SetAction(result =>
        {
            var files = result.GetRequiredValue(sets);
            var missing = files.Where(f => !f.Exists).ToList();
            foreach (var file in missing)
            {
                result.InvocationConfiguration.Error.WriteLine($"Không có tệp / No such file: {file.FullName}");
            }
            if (missing.Count > 0)
            {
                return 1;
            }
            var readers = files.Select(f => (Name: SetName(f), Reader: (TextReader)File.OpenText(f.FullName))).ToList();
            try
            {
                var items = DevFingerprints.FromSets(readers);
                using var writer = File.CreateText(result.GetRequiredValue(output).FullName);
                DevFingerprints.Write(items, writer);
                result.InvocationConfiguration.Output.WriteLine($"{items.Count} development items fingerprinted");
                return 0;
            }
            finally
            {
                readers.ForEach(r => r.Reader.Dispose());
            }
        });
        return command;
    }

    /// <summary>A set is named by its folder (data/routing/dev.jsonl → routing).</summary>
    public static string SetName(FileInfo file) => file.Directory?.Name ?? file.Name;
}
