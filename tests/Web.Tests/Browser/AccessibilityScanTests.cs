using CchcFeedback.TestCommon.Browser;

namespace CchcFeedback.Web.Tests.Browser;

/// <summary>The scan itself: a clean result from the pages means something only if a bad page fails it.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityScanTests(BrowserFixture browser)
{
    [Fact]
    public async Task SeriousViolations_ImageWithoutTextAndFaintText_ReportsBothReadably()
    {
        var page = await browser.NewPageAsync(baseAddress: null);
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="vi"><head><title>Thử</title></head><body><main>
            <h1>Thử</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <p style="color:#ccc;background:#fff">Chữ quá nhạt</p>
            </main></body></html>
            """);

        var violations = await AccessibilityScan.SeriousViolationsAsync(page);

        Assert.Contains(violations, v => v.Id == "image-alt");
        Assert.Contains(violations, v => v.Id == "color-contrast");
        var description = AccessibilityScan.Describe(violations);
        Assert.Contains("[critical] image-alt", description);
        Assert.Contains("Chữ quá nhạt", description);
    }

    [Fact]
    public void Describe_NoViolation_SaysSo()
    {
        Assert.Equal("no serious or critical violation", AccessibilityScan.Describe([]));
    }
}
