using System.Net;
using CchcFeedback.Web.Tests.Petitions;
using CchcFeedback.Web.Tests.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Security;

/// <summary>What a tampered or hostile form gets: a field error with the input kept, or a plain error page with
/// a 4xx status; never a database error shown as 500.</summary>
public class HostileInputTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Counter = "TT_DONGHA-HTCT";

    private HttpClient NewClient() => StaffAccounts.NewClient(factory);

    private async Task<string> TokenAsync(string counter = Counter) => (await TouchpointData.ActiveCounterAsync(factory.ConnectionString, counter)).Token;

    private async Task<int> PetitionsAsync()
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        return await db.Petitions.CountAsync();
    }

    /// <summary>A quick rating given through the page: the survey form and the petition offer follow it.</summary>
    private async Task<string> RatedAsync(HttpClient client, string token)
    {
        var id = Guid.NewGuid().ToString();
        var rated = await StaffAccounts.PostFormAsync(client, $"/q/{token}/rate", new() { ["Input.SubmissionId"] = id, ["Input.Rating"] = "Dissatisfied" });
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        return id;
    }

    private static async Task AssertFieldErrorAsync(HttpResponseMessage response, string field, string message, HttpStatusCode status = HttpStatusCode.OK)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {FuzzPreview(html)}");
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent ?? "(no error on the field)");
    }

    private static string FuzzPreview(string html) => html.Length > 500 ? html[..500] : html;

    [Theory]
    [InlineData("Send", "Input.Title", "Cán bộ\0 hẹn nhiều lần", "Tiêu đề có ký tự điều khiển")]
    [InlineData("Send", "Input.Text", "Hồ sơ quá hạn hai tuần\0 mà không ai giải thích.", "Nội dung có ký tự điều khiển")]
    [InlineData("Send", "Input.ContactName", "Trần\u0007 Bình", "Họ tên có ký tự điều khiển")]
    [InlineData("Send", "Input.ContactAddress", "5 Hùng Vương\r\nĐông Hà", "Địa chỉ có ký tự điều khiển")]
    [InlineData("Check", "Input.Title", "Cán bộ\0 hẹn nhiều lần", "Tiêu đề có ký tự điều khiển")]
    public async Task Petition_ControlCharacterInAField_ShowsTheFieldErrorAndStoresNothing(string handler, string field, string value, string message)
    {
        var fields = PetitionForms.Valid();
        fields[field] = value;
        fields["Input.DossierCode"] = "HS-GIU-LAI-2";
        var before = await PetitionsAsync();

        var response = await PetitionForms.PostAsync(NewClient(), "/phan-anh", fields, handler);

        await AssertFieldErrorAsync(response, field, message);
        Assert.Equal(before, await PetitionsAsync());
    }

    [Fact]
    public async Task Petition_TextWithLineBreaksAndTabs_IsAccepted()
    {
        var fields = PetitionForms.Valid();
        fields["Input.Text"] = "Hồ sơ quá hạn hai tuần.\r\n\tCán bộ hẹn lại nhiều lần mà không nói lý do.";

        var response = await PetitionForms.PostAsync(NewClient(), "/phan-anh", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Petition_TamperedSurveyResponseId_ShowsAnErrorKeepsTheInputAndSendsOnTheSecondTry()
    {
        var token = await TokenAsync();
        var client = NewClient();
        var elsewhere = await RatedAsync(client, await TokenAsync("TT_TINH-TP"));
        var before = await PetitionsAsync();

        foreach (var tampered in new[] { Guid.NewGuid().ToString(), elsewhere })
        {
            var fields = PetitionForms.Valid();
            fields["Input.SurveyResponseId"] = tampered;

            var response = await PetitionForms.PostAsync(client, $"/q/{token}/petition", fields);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await HtmlDocuments.ParseAsync(response);
            Assert.Contains("Không tìm thấy lượt đánh giá", page.ByTestId("errors").Single().TextContent);
            Assert.Equal(fields["Input.ContactName"], page.QuerySelector("input[name='Input.ContactName']")!.GetAttribute("value"));
            Assert.Equal("", page.QuerySelector("input[name='Input.SurveyResponseId']")?.GetAttribute("value") ?? "");
        }
        Assert.Equal(before, await PetitionsAsync());
        var again = await PetitionForms.PostAsync(client, $"/q/{token}/petition", PetitionForms.Valid());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Theory]
    [InlineData("Input.Answers[1]", "99999")]
    [InlineData("Input.Answers[1]", "6")]
    [InlineData("Input.Answers[1]", "-1")]
    [InlineData("Input.Answers[1]", "bốn")]
    [InlineData("Input.Answers[abc]", "4")]
    [InlineData("Input.Answers[99]", "4")]
    public async Task SurveyForm_AnswerOutsideTheScale_ShowsTheFieldErrorAndStoresNothing(string name, string value)
    {
        var token = await TokenAsync();
        var client = NewClient();
        var id = await RatedAsync(client, token);

        var response = await StaffAccounts.PostFormAsync(client, $"/q/{token}/form?id={id}", new() { ["Input.Answers[2]"] = "4", [name] = value });

        await AssertFieldErrorAsync(response, "Input.Answers", "Câu trả lời không hợp lệ");
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Null(await db.SurveyResponses.Where(r => r.Id == Guid.Parse(id)).Select(r => r.Answers).SingleAsync());
    }

    [Fact]
    public async Task SurveyForm_NulInTheComment_ShowsTheFieldErrorAndStoresNothing()
    {
        var token = await TokenAsync();
        var client = NewClient();
        var id = await RatedAsync(client, token);

        var response = await HostileForms.PostMultipartAsync(client, $"/q/{token}/form?id={id}", new() { ["Input.Answers[1]"] = "4", ["Input.Comment"] = "Tốt\0 lắm" });

        await AssertFieldErrorAsync(response, "Input.Comment", "Ý kiến có ký tự điều khiển");
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Null(await db.SurveyResponses.Where(r => r.Id == Guid.Parse(id)).Select(r => r.Answers).SingleAsync());
    }

    [Fact]
    public async Task SurveyForm_ResponseOfAnotherTouchpoint_IsNotFound()
    {
        var client = NewClient();
        var elsewhere = await RatedAsync(client, await TokenAsync("TT_TINH-TP"));
        var token = await TokenAsync();
        var form = $"/q/{token}/form?id={elsewhere}";

        var response = await client.PostAsync(form, HostileForms.Multipart(new Dictionary<string, string>
        {
            ["Input.Answers[1]"] = "4",
            ["__RequestVerificationToken"] = await HostileForms.TokenAsync(client, $"/q/{token}/rate"),
        }));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Reopen_NulInTheReason_ShowsTheReasonErrorAndChangesNothing()
    {
        var petition = await FollowUpData.AnsweredAsync(factory, DateTimeOffset.UtcNow.AddDays(-1));
        var url = $"/track?code={petition.TrackingCode}";

        var response = await HostileForms.PostMultipartAsync(NewClient(), url,
            new() { ["code"] = petition.TrackingCode, ["reason"] = "Câu trả lời không nói rõ\0 khi nào có thêm cán bộ." }, "Reopen");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.NotEmpty(page.ByTestId("reason-error"));
        Assert.Null((await FollowUpData.StoredAsync(factory, petition.Id)).ReopenedAt);
    }

    [Fact]
    public async Task SignIn_NulInTheEmail_ShowsTheFieldError()
    {
        var response = await HostileForms.PostMultipartAsync(NewClient(), "/Account/SignIn",
            new() { ["Input.Email"] = "can.bo\0@quangtri.gov.vn", ["Input.Password"] = "mot-mat-khau" });

        await AssertFieldErrorAsync(response, "Input.Email", "Địa chỉ e-mail không hợp lệ");
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Answers413WithAPageThatSaysSo()
    {
        var client = NewClient();
        var fields = PetitionForms.Valid();
        fields["__RequestVerificationToken"] = await HostileForms.TokenAsync(client, "/phan-anh");
        var content = (MultipartFormDataContent)HostileForms.Multipart(fields);
        content.Add(new ByteArrayContent(new byte[20 * 1024 * 1024]), "Photos", "to.jpg");

        var response = await client.PostAsync("/phan-anh?handler=Send", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("Nội dung gửi lên quá lớn", page.ByTestId("error-title").Single().TextContent);
    }
}
