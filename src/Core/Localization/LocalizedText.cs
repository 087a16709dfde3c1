using System.Globalization;

namespace CchcFeedback.Core.Localization;

/// <summary>Text shown to people, written in Vietnamese (the product's first language) with the values that go
/// into it. The hosts translate it through their resx, where <see cref="Format"/> is the key (the Web's
/// <c>L[...]</c>, the Api's "vi / en"); an argument that is itself a <see cref="LocalizedText"/> is translated
/// too. Core writes every such text with <see cref="Vi"/> and a string literal, so a test can find each key
/// (resx keys may not differ only in case).</summary>
public sealed record LocalizedText(string Format, IReadOnlyList<object> Arguments)
{
    private static readonly CultureInfo VietnameseCulture = CultureInfo.GetCultureInfo("vi-VN");

    public static LocalizedText Vi(string format, params object[] arguments) => new(format, arguments);

    /// <summary>The Vietnamese text, with its values in place.</summary>
    public string Vietnamese => Arguments.Count == 0
        ? Format
        : string.Format(VietnameseCulture, Format, [.. Arguments.Select(a => a is LocalizedText inner ? inner.Vietnamese : a)]);

    public override string ToString() => Vietnamese;
}
