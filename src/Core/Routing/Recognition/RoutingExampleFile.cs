using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CchcFeedback.Core.Routing.Recognition;

/// <summary>Reads labelled petitions in JSON Lines; blank lines are skipped, and every bad line is reported
/// with its number so that a person can fix the file in one pass.</summary>
public static class RoutingExampleFile
{
    private const string ResourcePrefix = "CchcFeedback.Core.Routing.";


    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public record Line(int Number, RoutingExample Example);

    public static (IReadOnlyList<Line> Lines, IReadOnlyList<string> Errors) Read(TextReader reader)
    {
        var lines = new List<Line>();
        var errors = new List<string>();
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            try
            {
                var example = JsonSerializer.Deserialize<RoutingExample>(text, Json);
                if (example is null || string.IsNullOrWhiteSpace((example.Title ?? "") + example.Text))
                {
                    errors.Add($"line {number}: no title or text");
                }
                else if (example.Department is null && example.Subject is null)
                {
                    errors.Add($"line {number}: neither department nor subject");
                }
                else
                {
                    lines.Add(new Line(number, example));
                }
            }
            catch (JsonException exception)
            {
                errors.Add($"line {number}: {exception.Message}");
            }
        }
        return (lines, errors);
    }

    /// <summary>Everything the project teaches the recogniser (data/routing/*.jsonl, embedded at build).</summary>
    public static IReadOnlyList<RoutingExample> BuiltIn() => [.. BuiltInExamples(), .. BuiltInGlossary()];

    /// <summary>Hand-written petitions, each labelled with its subject (data/routing/examples.jsonl).</summary>
    public static IReadOnlyList<RoutingExample> BuiltInExamples() => ReadBuiltIn("examples.jsonl");

    /// <summary>The words people use for each subject (data/routing/glossary.jsonl, one line a subject, phrases
    /// separated by commas): the whole line, then each phrase as a text of its own. A phrase in a list of forty is
    /// one fortieth of a normalised text and barely moves the model; on its own it teaches its words
    /// (cross-validation 310 → 368 right of 450, ADR 0012).</summary>
    public static IReadOnlyList<RoutingExample> BuiltInGlossary() =>
        [.. ReadBuiltIn("glossary.jsonl").SelectMany(e => (e.Text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(phrase => e with { Title = "", Text = phrase }).Prepend(e))];

    private static IReadOnlyList<RoutingExample> ReadBuiltIn(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"Embedded resource data/routing/{file} is missing.");
        using var reader = new StreamReader(stream);
        var (lines, errors) = Read(reader);
        if (errors.Count > 0)
        {
            throw new InvalidDataException($"data/routing/{file}: " + string.Join("; ", errors));
        }
        return [.. lines.Select(l => l.Example)];
    }
}
