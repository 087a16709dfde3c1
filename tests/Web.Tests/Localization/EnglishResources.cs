using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CchcFeedback.Web.Tests.Localization;

/// <summary>The Vietnamese keys that src/Web localizes and the English that Resources/SharedResource.en.resx holds.</summary>
public static partial class EnglishResources
{
    public static string ResxPath => Path.Combine(WebSource, "Resources", "SharedResource.en.resx");

    private static string WebSource => Path.Combine(TestPaths.RepositoryRoot, "src", "Web");

    /// <summary>Every key in the source: <c>L["..."]</c> in views, <c>l["..."]</c> in page models, and the
    /// <c>ErrorMessage</c> and <c>Display(Name)</c> texts that data-annotations localization looks up.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> SourceKeys()
    {
        var keys = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var file in SourceFiles())
        {
            var relative = Path.GetRelativePath(TestPaths.RepositoryRoot, file);
            foreach (Match match in LocalizedLiteral().Matches(File.ReadAllText(file)))
            {
                var key = Regex.Unescape(match.Groups["text"].Value);
                keys[key] = keys.TryGetValue(key, out var files) ? [.. files, relative] : [relative];
            }
        }
        return keys;
    }

    /// <summary>Places where a localizer is given something other than a plain string literal, which the scan
    /// could not check (an interpolated or verbatim string, a variable).</summary>
    public static IReadOnlyList<string> UncheckableLookups() =>
        [.. SourceFiles().SelectMany(file => AnyLookup().Matches(File.ReadAllText(file))
            .Where(match => !match.Value.EndsWith('"'))
            .Select(match => $"{Path.GetRelativePath(TestPaths.RepositoryRoot, file)}: {match.Value}"))];

    /// <summary>The English entries of the resx, by Vietnamese key.</summary>
    public static IReadOnlyDictionary<string, string> Entries() =>
        XDocument.Load(ResxPath).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? "", StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(WebSource, "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(file => !IsBuildOutput(file))
            .Order(StringComparer.Ordinal);

    private static bool IsBuildOutput(string file)
    {
        var parts = Path.GetRelativePath(WebSource, file).Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }

    [GeneratedRegex(@"(?:\b[lL]\[\s*|\bErrorMessage\s*=\s*|\bDisplay\(\s*Name\s*=\s*)""(?<text>(?:[^""\\\r\n]|\\.)*)""")]
    private static partial Regex LocalizedLiteral();

    [GeneratedRegex(@"\b[lL]\[\s*\S")]
    private static partial Regex AnyLookup();
}
