using System.Text.RegularExpressions;
using System.Xml.Linq;
using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Petitions;

namespace CchcFeedback.Web.Tests.Localization;

/// <summary>The Vietnamese keys that src/Web localizes, the texts Core (and the Api) write as
/// <c>LocalizedText.Vi("...")</c> for the hosts to translate, and the English that WebHosting's
/// Resources/SharedResource.en.resx holds for both hosts.</summary>
public static partial class EnglishResources
{
    public static string ResxPath => Path.Combine(TestPaths.RepositoryRoot, "src", "WebHosting", "Resources", "SharedResource.en.resx");

    private static string WebSource => Path.Combine(TestPaths.RepositoryRoot, "src", "Web");

    /// <summary>Where <c>LocalizedText.Vi</c> is written: Core's domain texts and the Api's own.</summary>
    private static readonly string[] LocalizedTextSources =
        [Path.Combine(TestPaths.RepositoryRoot, "src", "Core"), Path.Combine(TestPaths.RepositoryRoot, "src", "Api")];

    /// <summary>Lookups whose key comes from Core rather than a literal; their keys are added below from Core itself.</summary>
    private static readonly string[] CoreKeyLookups = ["l[PetitionKinds.Name(kind)]", "L[AssistantMenu.Greeting]", "L[choice.Label]", "l[choice.Label]"];

    /// <summary>Every key in the source: <c>L["..."]</c> in views, <c>l["..."]</c> in page models, and the
    /// <c>ErrorMessage</c> and <c>Display(Name)</c> texts that data-annotations localization looks up.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> SourceKeys()
    {
        var keys = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        void Add(string key, string source) => keys[key] = keys.TryGetValue(key, out var files) ? [.. files, source] : [source];
        foreach (var (file, regex) in SourceFiles(WebSource).Select(f => (f, LocalizedLiteral()))
            .Concat(LocalizedTextSources.SelectMany(SourceFiles).Select(f => (f, CoreText()))))
        {
            var relative = Path.GetRelativePath(TestPaths.RepositoryRoot, file);
            foreach (Match match in regex.Matches(File.ReadAllText(file)))
            {
                Add(Regex.Unescape(match.Groups["text"].Value), relative);
            }
        }
        foreach (var kind in PetitionKinds.All)
        {
            Add(PetitionKinds.Name(kind), $"PetitionKinds.Name({kind})");
        }
        foreach (var text in AssistantMenu.Choices.Select(c => c.Label).Append(AssistantMenu.Greeting))
        {
            Add(text, "AssistantMenu");
        }
        return keys;
    }

    /// <summary>Places where a localizer is given something other than a plain string literal, which the scan
    /// could not check (an interpolated or verbatim string, a variable).</summary>
    public static IReadOnlyList<string> UncheckableLookups() =>
        [.. SourceFiles(WebSource).SelectMany(file => AnyLookup().Matches(File.ReadAllText(file))
            .Where(match => !match.Value.EndsWith('"') && !CoreKeyLookups.Any(File.ReadAllText(file)[match.Index..].StartsWith))
            .Select(match => $"{Path.GetRelativePath(TestPaths.RepositoryRoot, file)}: {match.Value}")),
        .. LocalizedTextSources.SelectMany(SourceFiles).SelectMany(file => AnyCoreText().Matches(File.ReadAllText(file))
            .Where(match => !match.Value.EndsWith('"'))
            .Select(match => $"{Path.GetRelativePath(TestPaths.RepositoryRoot, file)}: {match.Value}"))];

    /// <summary>The English entries of the resx, by Vietnamese key.</summary>
    public static IReadOnlyDictionary<string, string> Entries() =>
        XDocument.Load(ResxPath).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? "", StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(file => !IsBuildOutput(root, file))
            .Order(StringComparer.Ordinal);

    private static bool IsBuildOutput(string root, string file)
    {
        var parts = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }

    [GeneratedRegex(@"(?:\b[lL]\[\s*|\bErrorMessage\s*=\s*|\bDisplay\(\s*Name\s*=\s*)""(?<text>(?:[^""\\\r\n]|\\.)*)""")]
    private static partial Regex LocalizedLiteral();

    [GeneratedRegex(@"\b[lL]\[\s*\S")]
    private static partial Regex AnyLookup();

    [GeneratedRegex(@"\bLocalizedText\.Vi\(\s*""(?<text>(?:[^""\\\r\n]|\\.)*)""")]
    private static partial Regex CoreText();

    [GeneratedRegex(@"\bLocalizedText\.Vi\(\s*\S")]
    private static partial Regex AnyCoreText();
}
