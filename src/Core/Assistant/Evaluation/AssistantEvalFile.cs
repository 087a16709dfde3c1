using System.Reflection;
using System.Text.Json;

namespace CchcFeedback.Core.Assistant.Evaluation;

/// <summary>Labelled questions in JSON Lines: <c>{"question": "...", "expect": "procedure:CODE" | "intent:track" |
/// "intent:petition" | "intent:rate" | "decline"}</c>. Blank lines are skipped; every bad line is reported with its
/// number.</summary>
public static class AssistantEvalFile
{
    private const string ExamplesResource = "CchcFeedback.Core.Assistant.examples.jsonl";

    public sealed record Line(int Number, string Question, string Expect);

    private sealed record Raw(string? Question, string? Expect);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

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
                var raw = JsonSerializer.Deserialize<Raw>(text, Json);
                if (string.IsNullOrWhiteSpace(raw?.Question))
                {
                    errors.Add($"line {number}: no question");
                }
                else if (raw.Expect is not { } expect || !IsExpectation(expect))
                {
                    errors.Add($"line {number}: expect must be procedure:CODE, intent:track, intent:petition, intent:rate or decline");
                }
                else
                {
                    lines.Add(new Line(number, raw.Question, expect.Trim()));
                }
            }
            catch (JsonException exception)
            {
                errors.Add($"line {number}: {exception.Message}");
            }
        }
        return (lines, errors);
    }

    /// <summary>The project's own examples (data/assistant/examples.jsonl, embedded at build).</summary>
    public static IReadOnlyList<Line> BuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ExamplesResource)
            ?? throw new InvalidOperationException($"The build did not embed {ExamplesResource}.");
        using var reader = new StreamReader(stream);
        var (lines, errors) = Read(reader);
        return errors.Count == 0 ? lines : throw new FormatException("examples.jsonl: " + string.Join("; ", errors));
    }

    private static bool IsExpectation(string expect) => expect.Trim() switch
    {
        "intent:track" or "intent:petition" or "intent:rate" or "decline" => true,
        var e => e.StartsWith("procedure:", StringComparison.Ordinal) && e.Length > "procedure:".Length,
    };
}
