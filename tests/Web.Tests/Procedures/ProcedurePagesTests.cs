using System.Net;

namespace CchcFeedback.Web.Tests.Procedures;

/// <summary>The public procedure pages (công khai TTHC) on the sample catalog: 44 procedures, each with its
/// (sample) public record.</summary>
public class ProcedurePagesTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private async Task<AngleSharp.Dom.IDocument> GetAsync(string url, HttpClient? client = null)
    {
        var response = await (client ?? factory.CreateClient()).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlDocuments.ParseAsync(response);
    }

    private static string[] Codes(AngleSharp.Dom.IDocument page) =>
        [.. page.ByTestId("procedure-row").Select(row => row.GetAttribute("data-code")!)];

    [Fact]
    public async Task GetDetails_SampleBirthRegistration_ShowsTheRecordAndTheSampleNotice()
    {
        var page = await GetAsync("/thu-tuc/HT-01");

        Assert.Equal("Đăng ký khai sinh", page.ByTestId("name").Single().TextContent);
        Assert.Equal("HT-01", page.ByTestId("code").Single().TextContent);
        Assert.Equal("Cấp xã", page.ByTestId("level").Single().TextContent);
        Assert.Equal(4, page.ByTestId("step").Length);
        Assert.Contains(page.ByTestId("document"), row => row.QuerySelector("th")!.TextContent == "Giấy chứng sinh");
        Assert.Contains(page.ByTestId("law-number"), law => law.TextContent == "60/2014/QH13");
        Assert.Equal("https://dichvucong.gov.vn", page.ByTestId("portal").Single().GetAttribute("href"));
        Assert.NotEmpty(page.ByTestId("at-center"));
        Assert.NotEmpty(page.ByTestId("by-post"));
        Assert.Contains("Cơ sở dữ liệu quốc gia về TTHC", page.ByTestId("sample-notice").Single().TextContent);
        Assert.Equal("/phan-anh?procedure=HT-01", page.ByTestId("petition-link").Single().GetAttribute("href"));
        Assert.Empty(page.ByTestId("not-published"));
    }

    [Fact]
    public async Task GetDetails_UnknownCode_IsTheSitesNotFoundPage()
    {
        var response = await factory.CreateClient().GetAsync("/thu-tuc/KHONG-CO");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty((await HtmlDocuments.ParseAsync(response)).ByTestId("procedure"));
    }

    [Fact]
    public async Task GetList_NoFilter_ListsAllProceduresLinkedToTheirRecords()
    {
        var page = await GetAsync("/thu-tuc");

        Assert.Equal(44, page.ByTestId("procedure-row").Length);
        Assert.Equal("Có 44 thủ tục.", page.ByTestId("count").Single().TextContent);
        Assert.NotEmpty(page.ByTestId("field-group"));
        var link = page.QuerySelector("[data-testid='procedure-row'][data-code='LL-01'] a")!;
        Assert.Equal("/thu-tuc/LL-01", link.GetAttribute("href"));
    }

    [Theory]
    [InlineData("khai sinh")]
    [InlineData("khai+sinh")]
    [InlineData("KHAI+SINH")]
    [InlineData("dang+ky+khai+sinh")]
    [InlineData("%C4%90%C4%82NG+K%C3%9D+KHAI+SINH")]
    [InlineData("%C4%91%C4%83ng+k%C3%BD+khai+sinh")]
    public async Task GetList_SearchBirth_WithOrWithoutDiacritics_FindsBothBirthRegistrations(string query)
    {
        var page = await GetAsync("/thu-tuc?q=" + query);

        Assert.Equal(["HT-01", "HT-06"], Codes(page).Order());
    }

    [Fact]
    public async Task GetList_SearchCriminalRecordWithoutDiacritics_FindsLL01()
    {
        var page = await GetAsync("/thu-tuc?q=ly+lich+tu+phap");

        Assert.Equal(["LL-01"], Codes(page));
    }

    [Fact]
    public async Task GetList_ByLevel_ListsOnlyThatLevel()
    {
        var province = Codes(await GetAsync("/thu-tuc?level=province"));
        var commune = Codes(await GetAsync("/thu-tuc?level=commune"));

        Assert.Contains("LL-01", province);
        Assert.DoesNotContain("HT-01", province);
        Assert.Contains("HT-01", commune);
        Assert.DoesNotContain("LL-01", commune);
        Assert.Equal(44, province.Length + commune.Length);
    }

    [Fact]
    public async Task GetList_SearchMatchingNothing_SaysSoAndKeepsTheQuery()
    {
        var page = await GetAsync("/thu-tuc?q=khong+co+thu+tuc+nay&level=bogus");

        Assert.NotEmpty(page.ByTestId("no-procedures"));
        Assert.Equal("khong co thu tuc nay", page.ByTestId("query").Single().GetAttribute("value"));
    }

    [Fact]
    public async Task GetHome_LinksToTheProcedureList()
    {
        var home = await GetAsync("/");

        Assert.Equal("/thu-tuc", home.ByTestId("procedures-link").Single().GetAttribute("href"));
    }

    [Fact]
    public async Task GetBoth_InEnglish_AreInEnglish()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/language/en?returnUrl=/");

        var list = await GetAsync("/thu-tuc", client);
        var details = await GetAsync("/thu-tuc/HT-01", client);

        Assert.Equal("Administrative procedures", list.QuerySelector("h1")!.TextContent);
        Assert.Equal("44 procedures.", list.ByTestId("count").Single().TextContent);
        Assert.Equal("Commune", details.ByTestId("level").Single().TextContent);
        Assert.Contains("Legal basis", details.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.StartsWith("Sample content", details.ByTestId("sample-notice").Single().TextContent);
    }
}
