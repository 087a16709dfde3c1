using System.Xml.Linq;
using CchcFeedback.Core.Touchpoints;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Tests.Touchpoints;

public class QrCodeRendererTests
{
    private static readonly QrCodeRenderer Renderer = new(Options.Create(new PublicSiteOptions { BaseUrl = "https://gopy.quangtri.test/" }));

    [Fact]
    public async Task Png_Token_DecodesToTheTouchpointUrlOnly()
    {
        var decoded = await QrDecoder.DecodePngAsync(Renderer.Png("ABCDE23456"));

        Assert.Equal(["https://gopy.quangtri.test/q/ABCDE23456"], decoded);
    }

    [Fact]
    public async Task Png_PrintSize_DecodesAndIsLargerThanScreenSize()
    {
        var print = Renderer.Png("ABCDE23456", QrCodeExport.PrintPixelsPerModule);

        Assert.True(print.Length > Renderer.Png("ABCDE23456").Length);
        Assert.Equal(["https://gopy.quangtri.test/q/ABCDE23456"], await QrDecoder.DecodePngAsync(print));
    }

    [Fact]
    public void Svg_Token_ScalesByViewBoxWithAQuietZone()
    {
        var svg = XDocument.Parse(Renderer.Svg("ABCDE23456")).Root!;

        var viewBox = svg.Attribute("viewBox")!.Value.Split(' ').Select(int.Parse).ToArray();
        Assert.Null(svg.Attribute("width"));
        Assert.Equal(viewBox[2], viewBox[3]);
        // Version 3 or 4 at level Q for a URL this long (29 or 33 modules), plus 4 quiet modules on each side.
        Assert.Contains(viewBox[2], new[] { 29 + 8, 33 + 8 });
        var path = svg.Elements().Single(e => e.Name.LocalName == "path").Attribute("d")!.Value;
        Assert.StartsWith("M4 4", path);
    }

    [Fact]
    public void ETag_SameTokenAndFormat_IsStableAndDiffersOtherwise()
    {
        Assert.Equal(Renderer.ETag("ABCDE23456", "png"), Renderer.ETag("ABCDE23456", "png"));
        Assert.NotEqual(Renderer.ETag("ABCDE23456", "png"), Renderer.ETag("ABCDE23456", "svg"));
        Assert.NotEqual(Renderer.ETag("ABCDE23456", "png"), Renderer.ETag("ABCDE23457", "png"));
        Assert.Matches("^\"[0-9a-f]{20}\"$", Renderer.ETag("ABCDE23456", "png"));
    }
}
