using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CchcFeedback.WebHosting;

namespace CchcFeedback.Web.Tests.Localization;

public partial class TranslationTests
{
    /// <summary>Proper names that English keeps with their Vietnamese letters (none are needed today).</summary>
    private static readonly string[] VietnameseNamesAllowed = ["Quảng Trị", "Đông Hà", "Tiếng Việt"];

    [Fact]
    public void SourceKeys_EveryLocalizedLiteral_HasEnglishEntry()
    {
        var keys = EnglishResources.SourceKeys();
        var entries = EnglishResources.Entries();

        Assert.True(keys.Count > 100, $"The scan found only {keys.Count} keys in src/Web; is the pattern still right?");
        var missing = keys
            .Where(key => !entries.TryGetValue(key.Key, out var english) || string.IsNullOrWhiteSpace(english))
            .Select(key => $"\"{Escape(key.Key)}\" ({string.Join(", ", key.Value.Distinct())})")
            .ToList();
        Assert.True(missing.Count == 0,
            $"{missing.Count} key(s) have no English in {EnglishResources.ResxPath}:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void SourceKeys_EveryLocalizerLookup_IsAPlainLiteral()
    {
        var uncheckable = EnglishResources.UncheckableLookups();

        Assert.True(uncheckable.Count == 0,
            "These lookups pass no plain string literal, so the translation check cannot see them:\n" + string.Join("\n", uncheckable));
    }

    [Fact]
    public void ResxEntries_EveryValue_HasNoVietnameseLetters()
    {
        var untranslated = EnglishResources.Entries()
            .Where(entry => HasVietnameseLetters(VietnameseNamesAllowed.Aggregate(entry.Value, (text, name) => text.Replace(name, ""))))
            .Select(entry => $"\"{Escape(entry.Key)}\" = \"{Escape(entry.Value)}\"")
            .ToList();

        Assert.True(untranslated.Count == 0,
            $"{untranslated.Count} English value(s) still hold Vietnamese letters:\n" + string.Join("\n", untranslated));
    }

    [Fact]
    public void ResxEntries_EveryValue_KeepsTheKeysPlaceholdersAndLineBreaks()
    {
        var mismatched = EnglishResources.Entries()
            .Where(entry => Shape(entry.Key) != Shape(entry.Value))
            .Select(entry => $"\"{Escape(entry.Key)}\" = \"{Escape(entry.Value)}\"")
            .ToList();

        Assert.True(mismatched.Count == 0,
            "These translations differ from their key in placeholders or line breaks:\n" + string.Join("\n", mismatched));
    }

    [Fact]
    public void ResxEntries_EveryKey_IsUsedInSource()
    {
        var keys = EnglishResources.SourceKeys();

        var unused = EnglishResources.Entries().Keys.Where(key => !keys.ContainsKey(key)).Select(Escape).ToList();

        Assert.True(unused.Count == 0, "These resx entries are no longer used in src/Web, src/Core or src/Api:\n" + string.Join("\n", unused));
    }

    [Fact]
    public void ResxEntries_NoTwoKeys_DifferOnlyInCase()
    {
        // The resource writer keeps one of two names that differ only in case, so the other key finds no English.
        var clashes = EnglishResources.Entries().Keys
            .GroupBy(key => key, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => string.Join(" | ", group.Select(Escape)))
            .ToList();

        Assert.True(clashes.Count == 0, "These resx keys differ only in case:\n" + string.Join("\n", clashes));
    }

    [Fact]
    public void SatelliteAssembly_English_HoldsSharedResourceWhereTheLocalizerLooks()
    {
        var satellite = typeof(SharedResource).Assembly.GetSatelliteAssembly(new CultureInfo("en"));

        Assert.Contains("CchcFeedback.WebHosting.Resources.SharedResource.en.resources", satellite.GetManifestResourceNames());
    }

    /// <summary>Letters outside ASCII that Vietnamese uses: đ/Đ and any Latin letter with a diacritic.</summary>
    private static bool HasVietnameseLetters(string text) =>
        text.Normalize(NormalizationForm.FormD).Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
        || text.Contains('đ') || text.Contains('Đ');

    private static string Shape(string text) =>
        string.Join(" ", Placeholder().Matches(text).Select(match => match.Value).Order(StringComparer.Ordinal))
        + "|" + text.Count(c => c == '\n');

    private static string Escape(string text) => text.Replace("\n", "\\n");

    [GeneratedRegex(@"\{\d+(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();
}
