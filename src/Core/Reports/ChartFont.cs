namespace CchcFeedback.Core.Reports;

/// <summary>The font the charts are drawn with. ScottPlot's default looks a family up by name, which on a server
/// may find one without Vietnamese letters (ư, ạ, ữ) and draw boxes; so a file known to hold them is registered
/// by path, the first of <see cref="Candidates"/> that exists.</summary>
public static class ChartFont
{
    public const string Name = "CchcReportSans";

    /// <summary>Fonts with the full Vietnamese alphabet, as Debian installs them (fonts-dejavu-core, fonts-liberation2;
    /// not fonts-liberation, whose version 1 lacks letters such as ờ and ắ).</summary>
    public static IReadOnlyList<(string Regular, string Bold)> Candidates { get; } =
    [
        ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
        ("C:\\Windows\\Fonts\\arial.ttf", "C:\\Windows\\Fonts\\arialbd.ttf"),
    ];

    private static readonly Lazy<string?> Registered = new(Register);

    /// <summary>The regular font file in use, or null when none was found (the charts then use ScottPlot's own choice).</summary>
    public static string? File => Registered.Value;

    /// <summary>The family name to give ScottPlot.</summary>
    public static string Family => File is null ? ScottPlot.Fonts.Detect("Tiếng Việt") : Name;

    private static string? Register()
    {
        foreach (var (regular, bold) in Candidates)
        {
            if (System.IO.File.Exists(regular))
            {
                ScottPlot.Fonts.AddFontFile(Name, regular, bold: false, italic: false);
                ScottPlot.Fonts.AddFontFile(Name, System.IO.File.Exists(bold) ? bold : regular, bold: true, italic: false);
                return regular;
            }
        }
        return null;
    }
}
