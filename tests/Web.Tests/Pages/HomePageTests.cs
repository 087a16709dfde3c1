using System.Net;

namespace CchcFeedback.Web.Tests.Pages;

public class HomePageTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetHome_SampleCatalog_ListsEveryCenterInVietnamese()
    {
        var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        var centers = document.ByTestId("center");
        Assert.Equal(10, centers.Length);
        var provincial = Assert.Single(centers, c => c.GetAttribute("data-code") == "TT_TINH");
        Assert.Contains("Trung tâm Phục vụ Hành chính công tỉnh Quảng Trị", provincial.TextContent);
        Assert.Contains("13 quầy", provincial.TextContent);
    }

    [Fact]
    public async Task GetHome_VietnameseText_WrittenAsLettersNotNumericEntities()
    {
        var html = await _client.GetStringAsync("/");

        Assert.Contains("Trung tâm Phục vụ Hành chính công tỉnh Quảng Trị", html);
        Assert.DoesNotContain("&#x", html);
    }

    [Fact]
    public async Task GetUnknownPage_Returns404WithAFriendlyVietnamesePage()
    {
        var response = await _client.GetAsync("/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Không tìm thấy trang", document.ByTestId("error-title").Single().TextContent);
    }

    [Fact]
    public async Task GetReady_MigratedDatabase_Returns200()
    {
        var response = await _client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"Healthy\"", await response.Content.ReadAsStringAsync());
    }
}
