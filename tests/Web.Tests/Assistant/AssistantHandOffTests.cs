using System.Net;
using AngleSharp.Html.Dom;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Web.Tests.Touchpoints;

namespace CchcFeedback.Web.Tests.Assistant;

/// <summary>The ways into and out of the assistant: the links to /hoi-dap, and "Gửi phản ánh" opening the petition
/// form with the procedure and the question filled in.</summary>
public class AssistantHandOffTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Question = "Đăng ký kết hôn ở xã đã hơn 5 ngày mà chưa có kết quả, tôi phải làm gì?";

    [Fact]
    public async Task GetLanding_ActiveQrCode_LinksToTheAssistantWithItsToken()
    {
        var counter = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_TINH-TP");

        var page = await HtmlDocuments.ParseAsync(await factory.CreateClient().GetAsync($"/q/{counter.Token}"));

        Assert.Equal($"/hoi-dap?token={counter.Token}", page.ByTestId("assistant-link").Single().GetAttribute("href"));
    }

    [Fact]
    public async Task GetHome_LinksToTheAssistant()
    {
        var page = await HtmlDocuments.ParseAsync(await factory.CreateClient().GetAsync("/"));

        Assert.Equal("/hoi-dap", page.ByTestId("assistant-link").Single().GetAttribute("href"));
    }

    [Fact]
    public async Task GetPetitionForm_ProcedureAndQuestion_PrefillsThemAndCarriesTheProcedureToStepTwo()
    {
        var client = StaffAccounts.NewClient(factory);
        var url = $"/phan-anh?procedure=HT-02&text={Uri.EscapeDataString("  " + Question + "  ")}";

        var form = await HtmlDocuments.ParseAsync(await client.GetAsync(url));

        Assert.Equal(Question, form.ByTestId("text").Single().TextContent);
        Assert.Equal("HT-02", ((IHtmlInputElement)form.ByTestId("procedure-carried").Single()).Value);
        Assert.Contains("HT-02", form.ByTestId("procedure-note").Single().TextContent);
        var checkedResponse = await StaffAccounts.PostFormAsync(client, url, new()
        {
            ["Input.SubmissionId"] = Guid.NewGuid().ToString(),
            ["Input.Kind"] = "PhanAnh",
            ["Input.Title"] = "Chậm trả kết quả đăng ký kết hôn",
            ["Input.Text"] = Question,
            ["Input.ProcedureCode"] = "HT-02",
        }, handler: "Check");
        var stepTwo = await HtmlDocuments.ParseAsync(checkedResponse);
        Assert.Equal("HT-02", ((IHtmlInputElement)stepTwo.ByTestId("procedure").Single()).Value);
    }

    [Theory]
    [InlineData("XX-99", "Câu hỏi\u0001 có ký tự điều khiển")]
    [InlineData("HT-02\n", "")]
    [InlineData("", "   ")]
    public async Task GetPetitionForm_UnknownProcedureOrUncleanText_LeavesThemEmpty(string procedure, string text)
    {
        var url = $"/phan-anh?procedure={Uri.EscapeDataString(procedure)}&text={Uri.EscapeDataString(text)}";

        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("", form.ByTestId("text").Single().TextContent);
        Assert.Equal(procedure == "HT-02\n" ? "HT-02" : "", ((IHtmlInputElement)form.ByTestId("procedure-carried").Single()).Value);
        Assert.Equal(procedure == "HT-02\n" ? 1 : 0, form.ByTestId("procedure-note").Length);
    }

    [Fact]
    public async Task GetPetitionForm_TextLongerThanTheForm_IsCutToItsLimit()
    {
        var text = string.Concat(Enumerable.Repeat("Chờ kết quả quá lâu. ", 400));

        var form = await HtmlDocuments.ParseAsync(await factory.CreateClient().GetAsync($"/phan-anh?text={Uri.EscapeDataString(text)}"));

        var prefilled = form.ByTestId("text").Single().TextContent;
        Assert.True(prefilled.Length <= PetitionLimits.TextMaxLength, $"{prefilled.Length} characters");
        Assert.StartsWith("Chờ kết quả quá lâu. Chờ", prefilled);
        Assert.True(prefilled.Length > PetitionLimits.TextMaxLength - 25);
    }
}
