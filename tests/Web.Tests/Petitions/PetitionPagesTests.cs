using System.Net;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Web.Tests.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Web.Tests.Petitions;

public class PetitionPagesTests(WebFactory factory) : IClassFixture<WebFactory>
{
    private const string Counter = "TT_DONGHA-HTCT";

    private HttpClient NewClient() => StaffAccounts.NewClient(factory);

    private async Task<string> FormUrlAsync(string counter = Counter) =>
        $"/q/{(await TouchpointData.ActiveCounterAsync(factory.ConnectionString, counter)).Token}/petition";

    private async Task<int> PetitionsAsync(string? submissionId = null)
    {
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        return submissionId is null ? await db.Petitions.CountAsync() : await db.Petitions.CountAsync(p => p.SubmissionId == Guid.Parse(submissionId));
    }

    [Fact]
    public async Task GetForm_CounterQr_NamesThePlaceAndAsksTheKindInPlainWords()
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, Counter);

        var page = await HtmlDocuments.ParseAsync(await NewClient().GetAsync($"/q/{touchpoint.Token}/petition"));

        Assert.Contains(touchpoint.CenterName, page.ByTestId("place").Single().TextContent);
        Assert.Equal(5, page.QuerySelectorAll("input[name='Input.Kind']").Length);
        Assert.Contains("Tôi không đồng ý với một quyết định", page.ByTestId("kind-khieu-nai").Single().ParentElement!.TextContent);
        Assert.Contains("Tôi báo một hành vi vi phạm pháp luật", page.ByTestId("kind-to-cao").Single().ParentElement!.TextContent);
        Assert.True(Guid.TryParse(page.QuerySelector("input[name='Input.SubmissionId']")!.GetAttribute("value"), out _));
    }

    [Fact]
    public async Task GetForm_Website_WorksWithoutATouchpoint()
    {
        var response = await NewClient().GetAsync("/phan-anh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await HtmlDocuments.ParseAsync(response)).ByTestId("place"));
    }

    [Fact]
    public async Task Check_ValidFirstStep_ShowsTheSecondStepWithTheAnonymousNotice()
    {
        var url = await FormUrlAsync();

        var response = await PetitionForms.PostAsync(NewClient(), url, PetitionForms.Valid(), "Check");

        var page = await HtmlDocuments.ParseAsync(response);
        Assert.NotEmpty(page.ByTestId("recap"));
        Assert.Contains("góp ý ẩn danh", page.ByTestId("anonymous-note").Single().TextContent);
        Assert.Contains("được xóa 24 tháng sau khi kết thúc xử lý", page.ByTestId("privacy").Single().TextContent);
        Assert.Equal("multipart/form-data", page.QuerySelector("form[data-testid='petition-form']")!.GetAttribute("enctype"));
    }

    [Theory]
    [InlineData("", "Nội dung không được để trống.")]
    [InlineData("20000", "quá giới hạn 5000 ký tự")]
    public async Task Check_BadText_ShowsTheFieldErrorAndKeepsTheTitle(string text, string message)
    {
        var fields = PetitionForms.Valid();
        fields["Input.Text"] = text == "20000" ? new string('x', 20_000) : "";

        var response = await PetitionForms.PostAsync(NewClient(), await FormUrlAsync(), fields, "Check");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector("[data-valmsg-for='Input.Text']")!.TextContent);
        Assert.Equal(fields["Input.Title"], page.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { "pdf", "Photos", "không phải là ảnh" },
        { "text-as-jpg", "Photos", "không phải là ảnh" },
        { "large", "Photos", "lớn quá 5 MB" },
        { "procedure", "Input.ProcedureCode", "Không có thủ tục mã" },
        { "phone", "Input.ContactPhone", "Số điện thoại không đúng" },
        { "no-consent", "Input.ConsentContact", "Xin đánh dấu đồng ý" },
        { "20000", "Input.Text", "quá giới hạn 5000 ký tự" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Send_BadInput_ShowsTheVietnameseFieldErrorStoresNothingAndKeepsTheInput(string bad, string field, string message)
    {
        var fields = PetitionForms.Valid();
        var photos = new List<(string, byte[])>();
        switch (bad)
        {
            case "pdf": photos.Add(("bien-ban.jpg", TestImages.Pdf())); break;
            case "text-as-jpg": photos.Add(("ghi-chu.jpg", "chỉ là chữ, không phải ảnh"u8.ToArray())); break;
            case "large": photos.Add(("to.jpg", TestImages.Oversized())); break;
            case "procedure": fields["Input.ProcedureCode"] = "9.999999.000.00.00.H99"; break;
            case "phone": fields["Input.ContactPhone"] = "0123"; break;
            case "no-consent": fields.Remove("Input.ConsentContact"); break;
            default: fields["Input.Text"] = new string('x', 20_000); break;
        }
        fields["Input.DossierCode"] = "HS-GIU-LAI-1";
        var before = await PetitionsAsync();

        var response = await PetitionForms.PostAsync(NewClient(), await FormUrlAsync(), fields, photos: photos);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector($"[data-valmsg-for='{field}']")!.TextContent);
        Assert.Equal(before, await PetitionsAsync());
        if (field != "Input.Text")
        {
            Assert.Equal("HS-GIU-LAI-1", page.QuerySelector("input[name='Input.DossierCode']")!.GetAttribute("value"));
            Assert.Equal(fields["Input.ContactName"], page.QuerySelector("input[name='Input.ContactName']")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task Send_SameFormPostedTwice_StoresOnePetitionAndShowsTheSameReceipt()
    {
        var client = NewClient();
        var url = await FormUrlAsync();
        var fields = PetitionForms.Valid();
        fields["Input.SubmissionId"] = Guid.NewGuid().ToString();

        var first = await PetitionForms.PostAsync(client, url, new(fields), photos: [("anh.jpg", TestImages.JpegWithGps())]);
        var second = await PetitionForms.PostAsync(client, url, new(fields), photos: [("anh.jpg", TestImages.JpegWithGps())]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await PetitionsAsync(fields["Input.SubmissionId"]));
        var receipt = await HtmlDocuments.ParseAsync(await client.GetAsync(first.Headers.Location));
        var code = receipt.ByTestId("tracking-code").Single().TextContent;
        Assert.True(TrackingCode.IsValid(code));
        Assert.Contains("10 ngày làm việc", receipt.ByTestId("next-steps").Single().TextContent);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var petition = await db.Petitions.Include(p => p.Photos).SingleAsync(p => p.TrackingCode == code);
        Assert.Equal(PetitionStatus.Received, petition.Status);
        Assert.DoesNotContain(TestImages.GpsMarker, System.Text.Encoding.ASCII.GetString(petition.Photos.Single().Bytes));
    }

    [Fact]
    public async Task Send_NoContactDetails_IsReceivedAsAnonymousRemarkAndTheReceiptSaysSo()
    {
        var fields = PetitionForms.Valid();
        foreach (var key in new[] { "Input.ContactName", "Input.ContactPhone", "Input.ContactAddress", "Input.ConsentContact" })
        {
            fields.Remove(key);
        }
        var client = NewClient();

        var response = await PetitionForms.PostAsync(client, "/phan-anh", fields);

        var receipt = await HtmlDocuments.ParseAsync(await client.GetAsync(response.Headers.Location));
        Assert.NotEmpty(receipt.ByTestId("received-as-remark"));
        Assert.StartsWith("Góp ý", receipt.ByTestId("next-steps").Single().TextContent);
    }

    [Fact]
    public async Task Petition_RevokedQr_GetRedirectsToTheLandingPageAndSendStoresNothing()
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, "TT_DONGHA-TIEPNHAN");
        var client = NewClient();
        var url = $"/q/{touchpoint.Token}/petition";
        var form = await HtmlDocuments.ParseAsync(await client.GetAsync(url));
        await TouchpointData.RevokeAsync(factory.ConnectionString, touchpoint.Id);
        var before = await PetitionsAsync();

        var get = await client.GetAsync(url);
        var fields = PetitionForms.Valid();
        fields["__RequestVerificationToken"] = form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        fields["Input.SubmissionId"] = Guid.NewGuid().ToString();
        var post = await client.PostAsync(url + "?handler=Send", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal($"/q/{touchpoint.Token}", get.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync(get.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(before, await PetitionsAsync());
    }

    [Fact]
    public async Task Check_SimilarOpenPetitionAtTheSameCenter_IsOfferedAndAddingMyVoiceCountsOnce()
    {
        var url = await FormUrlAsync("TT_DONGHOI-DDXD");
        var client = NewClient();
        var original = PetitionForms.Valid("Nhà vệ sinh ở tầng hai khóa cửa cả ngày");
        original["Input.Text"] = "Nhà vệ sinh ở tầng hai của trung tâm khóa cửa cả ngày, người dân không có chỗ đi vệ sinh.";
        original["Input.ConsentPublish"] = "true";
        var sent = await PetitionForms.PostAsync(client, url, original);
        var code = sent.Headers.Location!.OriginalString.Split('/').Last();
        var mine = PetitionForms.Valid("Nha ve sinh tang hai bi khoa cua");
        mine["Input.Text"] = "Nha ve sinh o tang hai cua trung tam khoa cua ca ngay, khong co cho di ve sinh.";
        mine["Input.SubmissionId"] = Guid.NewGuid().ToString();

        var check = await HtmlDocuments.ParseAsync(await PetitionForms.PostAsync(client, url, new(mine), "Check"));
        var supportId = check.ByTestId("support").Single().GetAttribute("value")!;
        var support = new Dictionary<string, string> { ["Input.SubmissionId"] = mine["Input.SubmissionId"], ["supportId"] = supportId };
        var first = await PetitionForms.PostAsync(client, url, new(support), "Support");
        var second = await PetitionForms.PostAsync(client, url, new(support), "Support");

        Assert.Contains("Nhà vệ sinh ở tầng hai khóa cửa cả ngày", check.ByTestId("similar-petition").Single().TextContent);
        Assert.Equal($"/petition/receipt/{code}?supported=true", first.Headers.Location!.OriginalString);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        Assert.Equal(1, await db.Petitions.Where(p => p.TrackingCode == code).Select(p => p.Supporters).SingleAsync());
        Assert.Equal(0, await PetitionsAsync(mine["Input.SubmissionId"]));
    }

    [Fact]
    public async Task Track_ValidCodeInLowerCaseWithSpaces_ShowsTheStatusAndNoPersonalData()
    {
        var client = NewClient();
        var sent = await PetitionForms.PostAsync(client, await FormUrlAsync(), PetitionForms.Valid());
        var code = sent.Headers.Location!.OriginalString.Split('/').Last();

        var response = await client.GetAsync($"/track?code={Uri.EscapeDataString(code.ToLowerInvariant().Replace('-', ' '))}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal(code, page.QuerySelector("#tracked-heading")!.TextContent);
        Assert.Equal("Đã tiếp nhận, đang chuyển đến cơ quan có thẩm quyền", page.ByTestId("status").Single().TextContent);
        foreach (var personal in new[] { "Trần Thị Bình", "0987", "654 321", "Hùng Vương", "quá hạn trả kết quả" })
        {
            Assert.DoesNotContain(personal, html);
        }
    }

    [Fact]
    public async Task Track_CodeWithATypo_SaysTheCodeIsWrongAndAnUnknownCodeIsNotFound()
    {
        var code = TrackingCode.New();
        var typo = code[..^2] + (code[^2] == '7' ? '8' : '7') + code[^1];

        var wrong = await HtmlDocuments.ParseAsync(await NewClient().GetAsync($"/track?code={typo}"));
        var unknown = await NewClient().GetAsync($"/track?code={code}");

        Assert.NotEmpty(wrong.ByTestId("malformed"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotEmpty((await HtmlDocuments.ParseAsync(unknown)).ByTestId("not-found"));
    }

    [Fact]
    public async Task SurveyLowRatingOffer_LeadsToTheFormWithTheResponseLinked()
    {
        var touchpoint = await TouchpointData.ActiveCounterAsync(factory.ConnectionString, Counter);
        var client = NewClient();
        var rate = await HtmlDocuments.ParseAsync(await client.GetAsync($"/q/{touchpoint.Token}/rate"));
        var responseId = rate.QuerySelector("input[name='Input.SubmissionId']")!.GetAttribute("value")!;
        await StaffAccounts.PostFormAsync(client, $"/q/{touchpoint.Token}/rate", new() { ["Input.SubmissionId"] = responseId, ["Input.Rating"] = "Dissatisfied" });
        var thanks = await HtmlDocuments.ParseAsync(await client.GetAsync($"/q/{touchpoint.Token}/thanks?id={responseId}"));
        var offer = thanks.ByTestId("petition-link").Single().GetAttribute("href")!;

        var form = await HtmlDocuments.ParseAsync(await client.GetAsync(offer));
        var fields = PetitionForms.Valid();
        fields["Input.SurveyResponseId"] = form.QuerySelector("input[name='Input.SurveyResponseId']")!.GetAttribute("value")!;
        var sent = await PetitionForms.PostAsync(client, offer.Split('?')[0], fields);

        Assert.Equal("true", form.ByTestId("kind-phan-anh").Single().HasAttribute("checked") ? "true" : "false");
        await using var db = TestDatabase.CreateDbContext(factory.ConnectionString);
        var code = sent.Headers.Location!.OriginalString.Split('/').Last();
        Assert.Equal(Guid.Parse(responseId), await db.Petitions.Where(p => p.TrackingCode == code).Select(p => p.SurveyResponseId).SingleAsync());
    }

    [Fact]
    public async Task Edit_FromTheSecondStep_ReturnsToTheFirstWithWhatWasWritten()
    {
        var client = NewClient();
        var url = await FormUrlAsync();
        var fields = PetitionForms.Valid("Tiêu đề cần sửa lại");
        fields["Input.SubmissionId"] = Guid.NewGuid().ToString();

        var edit = await HtmlDocuments.ParseAsync(await PetitionForms.PostAsync(client, url, new(fields), "Edit"));

        Assert.Equal("Bước 1/2: Nội dung", edit.ByTestId("step").Single().TextContent);
        Assert.Equal("Tiêu đề cần sửa lại", edit.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        Assert.Equal(fields["Input.SubmissionId"], edit.QuerySelector("input[name='Input.SubmissionId']")!.GetAttribute("value"));
        Assert.True(edit.ByTestId("kind-phan-anh").Single().HasAttribute("checked"));
    }

    [Fact]
    public async Task Check_TooLongTextInEnglish_ShowsCoresFieldErrorInEnglishWithItsValues()
    {
        var client = NewClient();
        await client.GetAsync("/language/en?returnUrl=/");
        var fields = PetitionForms.Valid();
        fields["Input.Text"] = new string('x', 20_000);

        var response = await PetitionForms.PostAsync(client, await FormUrlAsync(), fields, "Check");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal($"The text has 20000 characters, more than the limit of {PetitionLimits.TextMaxLength}.",
            page.QuerySelector("[data-valmsg-for='Input.Text']")!.TextContent.Trim());
    }

    [Fact]
    public async Task GetForm_InEnglish_AsksTheKindInEnglish()
    {
        var client = NewClient();
        await client.GetAsync("/language/en?returnUrl=/");

        var page = await HtmlDocuments.ParseAsync(await client.GetAsync("/phan-anh"));

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("I contest a decision", page.ByTestId("kind-khieu-nai").Single().ParentElement!.TextContent);
        Assert.Contains("I report a violation of the law", page.ByTestId("kind-to-cao").Single().ParentElement!.TextContent);
    }
}
