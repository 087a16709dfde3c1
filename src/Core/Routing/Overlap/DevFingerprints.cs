using System.Text.Json;

namespace CchcFeedback.Core.Routing.Overlap;

/// <summary>One development item as the leak guard knows it: where it is and the hashes of its word pairs.</summary>
public record DevFingerprint(string Item, IReadOnlySet<string> PairHashes);

/// <summary>The fingerprint file (tests/Core.Tests/Routing/dev-fingerprints.txt): one line per development item,
/// <c>set:line hash hash …</c>, no text. It lets the leak guard run in a checkout without the development sets,
/// which live outside the repository and are only measured.</summary>
public static class DevFingerprints
{
    private const string Header = "# Word-pair fingerprints of the development sets (./cchc dev-fingerprints). No text: SHA-256 prefixes of folded word pairs.";

    /// <summary>The fingerprints of JSON Lines development sets, each named (<c>routing</c>, <c>assistant</c>):
    /// every string value of an item counts (title, text, question), so that any way of storing a petition or a
    /// question is covered. Lines that are not JSON objects are skipped.</summary>
    public static IReadOnlyList<DevFingerprint> FromSets(IEnumerable<(string Name, TextReader Reader)> sets)
    {
        var items = new List<DevFingerprint>();
        foreach (var (name, reader) in sets)
        {
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                if (ItemValues(line) is { Count: > 0 } values)
                {
                    items.Add(new DevFingerprint($"{name}:{number}", values.SelectMany(WordPairs.HashesOf).ToHashSet(StringComparer.Ordinal)));
                }
            }
        }
        return items;
    }

    public static void Write(IEnumerable<DevFingerprint> items, TextWriter writer)
    {
        writer.WriteLine(Header);
        foreach (var item in items)
        {
            writer.WriteLine(string.Join(' ', [item.Item, .. item.PairHashes.Order(StringComparer.Ordinal)]));
        }
    }

    public static IReadOnlyList<DevFingerprint> Read(TextReader reader)
    {
        var items = new List<DevFingerprint>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            items.Add(new DevFingerprint(parts[0], parts[1..].ToHashSet(StringComparer.Ordinal)));
        }
        return items;
    }

    /// <summary>The texts of a development item: its string values but the catalog codes. Each value's pairs are
    /// taken on their own, so that no pair runs from a title into a text.</summary>
    private static List<string>? ItemValues(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            return [.. document.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name is not ("center" or "counter" or "procedure" or "department" or "subject"))
                .Select(p => p.Value.GetString() ?? "")];
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
