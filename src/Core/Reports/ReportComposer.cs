using CchcFeedback.Core.Satisfaction;

namespace CchcFeedback.Core.Reports;

/// <summary>Puts a report together from its content and the Office's settings: the heading blocks of Decree
/// 30/2020/NĐ-CP, the title, the numbered sections (tables and figures numbered in order), "Nơi nhận" and the
/// signature.</summary>
public static class ReportComposer
{
    public static ReportOutline Compose(ReportContent content, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var sections = new[]
        {
            SurveySection.From(content),
            ResultsSection.From(content),
            UnitsSection.From(content),
            TrendSection.From(content),
            PetitionsSection.From(content),
            ConcernsSection.From(content),
            ChangesSection.From(content),
            RecommendationsSection.From(content),
        };
        var body = new List<ReportBlock>
        {
            new ReportParagraph(
                "Trên cơ sở ý kiến của người dân, tổ chức gửi qua hệ thống tiếp nhận ý kiến (mã QR tại các quầy, trung tâm phục vụ hành chính công) " +
                $"và kết quả giải quyết phản ánh, kiến nghị, kết quả đo lường sự hài lòng {ScopeClause(content.Place)}{ReportPeriodText.ShortPhrase(content.Period)} như sau:"),
        };
        var (tables, figures) = (0, 0);
        for (var i = 0; i < sections.Length; i++)
        {
            body.Add(new ReportHeadingBlock($"{ReportPeriodText.Roman(i + 1)}. {sections[i].Heading}", 1));
            body.AddRange(sections[i].Blocks.Select(block => block switch
            {
                ReportTableBlock table => new ReportTableBlock(table.Table with { Caption = $"Bảng {++tables}. {table.Table.Caption}" }),
                ReportChart chart => chart with { Caption = $"Hình {++figures}. {chart.Caption}" },
                _ => block,
            }));
        }
        var annexOnly = content.Comparisons.Any(c => c.Kind == SatisfactionScope.Counter)
            ? []
            : new[] { UnitsSection.Table(content.Counters, "Theo quầy", "Chỉ số hài lòng theo quầy (chỉ có trong phụ lục)", inDocument: false) };
        return new ReportOutline(
            new ReportHeading(
                options.GoverningBody,
                options.IssuingBody,
                options.NumberPattern.Replace("{number}", "……", StringComparison.Ordinal)
                    .Replace("{year}", content.IssuedOn.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
                ReportPeriodText.DateLine(options.Place, content.IssuedOn)),
            Title(content),
            body,
            new ReportSignature(options.Recipients, options.SignerAuthority, options.SignerTitle, options.SignerName))
        {
            AnnexOnly = annexOnly,
        };
    }

    /// <summary>The line under "BÁO CÁO", also the report's title in the archive.</summary>
    public static string Title(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return $"Kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của {content.Place.TitleSubject} {ReportPeriodText.Phrase(content.Period)}";
    }

    private static string ScopeClause(ReportPlace place) => place.Scope.Kind switch
    {
        SatisfactionScope.Province => "",
        SatisfactionScope.Center => $"tại {place.Name} ",
        _ => $"đối với {place.Name} ",
    };
}
