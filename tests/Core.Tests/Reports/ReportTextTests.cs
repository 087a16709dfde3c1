using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Statistics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace CchcFeedback.Core.Tests.Reports;

public class ReportTextTests
{
    [Fact]
    public void Numbers_Vietnamese_DecimalCommaAndThousandsDot()
    {
        Assert.Equal("87,4%", ReportNumbers.Percent(0.8743));
        Assert.Equal("1.234", ReportNumbers.Count(1234));
        Assert.Equal("+2,5", ReportNumbers.Points(0.025));
        Assert.Equal("−1,0", ReportNumbers.Points(-0.01));
        Assert.Equal("p < 0,001", ReportNumbers.PValue(0.0002));
        Assert.Equal("— (dưới 10 ý kiến)", ReportNumbers.Share(PublishedFigure<WilsonInterval>.Suppressed(9)));
    }

    [Fact]
    public void TextThemes_SamePhraseWithAndWithoutDiacritics_CountedOncePerTextAsMostWritten()
    {
        var themes = TextThemes.From(
        [
            "Chờ đợi quá lâu. Chờ đợi mãi!",
            "cho doi qua lau",
            "Chờ đợi lâu, thủ tục rườm rà",
            "Thủ tục rườm rà",
            null,
            "",
        ]);

        Assert.Equal(4, themes.Texts);
        Assert.Equal(new TextTheme("chờ đợi", 3), themes.Themes[0]);
        // "thủ tục" is in two texts only: below the three a phrase needs.
        Assert.DoesNotContain(themes.Themes, t => t.Phrase == "thủ tục");
        Assert.False(themes.IsPublishable);
    }

    [Fact]
    public void TextThemes_FunctionWordsAndClauseBreaks_MakeNoPhrase()
    {
        var themes = TextThemes.From(Enumerable.Repeat("Cán bộ và người dân. Hồ sơ", 12));

        // "và" pairs with nothing, and "dân" and "Hồ" are in different clauses.
        Assert.Equal(["cán bộ", "hồ sơ", "người dân"], themes.Themes.Select(t => t.Phrase).Order(StringComparer.Ordinal));
        Assert.True(themes.IsPublishable);
    }

    [Fact]
    public void HtmlPreview_TextWithMarkup_IsEncodedAndVietnameseKept()
    {
        var outline = new ReportOutline(
            new ReportHeading("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "VĂN PHÒNG", "Số: ……/BC-VP", "Quảng Trị, ngày 01 tháng 4 năm 2026"),
            "Kết quả <b>tháng</b> 03/2026",
            [
                new ReportParagraph("<script>alert(1)</script> & «ý kiến»"),
                new ReportTableBlock(new ReportTable("Bảng", "Bảng 1. Thử", [new("Đơn vị"), new("Chỉ số")],
                    [[ReportCell.Text("Quầy <i>A</i>"), ReportCell.Suppressed]])),
            ],
            new ReportSignature(["Lưu: VT."], "CHÁNH VĂN PHÒNG", null, "Nguyễn Văn A"));

        var html = HtmlReportPreview.Write(outline);

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; «ý kiến»", html);
        Assert.Contains("<th scope=\"row\">Quầy &lt;i&gt;A&lt;/i&gt;</th><td class=\"suppressed\"", html);
        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", html);
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public void ChartFont_OnThisMachine_HasEveryVietnameseLetter()
    {
        Assert.NotNull(ChartFont.File);
        using var typeface = SKTypeface.FromFile(ChartFont.File);

        Assert.True(typeface.ContainsGlyphs("ăâđêôơưĂÂĐÊÔƠƯ àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ ▲▼–—%"));
    }

    [Fact]
    public void ReportOptions_BlankIssuingBody_StopsTheHostAtStart()
    {
        using var services = CoreServices.For("Host=localhost;Database=none", new Dictionary<string, string?> { ["Reports:IssuingBody"] = "" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ReportOptions>>().Value);

        Assert.Contains("IssuingBody", error.Message);
    }
}
