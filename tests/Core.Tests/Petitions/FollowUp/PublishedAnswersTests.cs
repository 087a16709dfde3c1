using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Publishing;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Petitions.FollowUp;

public class PublishedAnswersTests : IAsyncLifetime
{
    private FollowUpDatabase _database = null!;

    public async Task InitializeAsync() => _database = await FollowUpDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static DateTimeOffset Now => FollowUpDatabase.Now;

    private async Task<Petition> AnsweredAsync(string title, string? counter = null, string? procedure = null, bool publish = true,
        PetitionKind kind = PetitionKind.PhanAnh, PetitionStatus status = PetitionStatus.Answered, DateTimeOffset? answeredAt = null,
        string answer = "Trung tâm đã khắc phục.")
    {
        await using var db = _database.NewDbContext();
        var petition = TestPetitions.New(status, Now.AddDays(-10), title, "Nội dung ý kiến gửi trung tâm về " + title.ToLowerInvariant() + ".", kind)
            .Answered(answeredAt ?? Now.AddDays(-1), answer, publish);
        if (counter is not null)
        {
            var place = await db.Counters.Where(c => c.Code == counter).Select(c => new { c.Id, c.CenterId, c.DepartmentId }).SingleAsync();
            (petition.CounterId, petition.CenterId, petition.DepartmentId) = (place.Id, place.CenterId, place.DepartmentId);
        }
        if (procedure is not null)
        {
            var found = await db.Procedures.Where(p => p.Code == procedure).Select(p => new { p.Id, p.Code }).SingleAsync();
            (petition.ProcedureId, petition.ProcedureCode) = (found.Id, found.Code);
        }
        return await _database.InsertAsync(petition);
    }

    private Task<PublishedAnswerPage> SearchAsync(PublishedAnswerFilter filter) =>
        _database.WithAsync<PublishedAnswerPage, PublishedAnswers>(p => p.SearchAsync(filter));

    [Fact]
    public async Task SearchAsync_MixedPetitions_ListsOnlyConsentedAnsweredPublishableOnesNewestFirst()
    {
        await AnsweredAsync("Máy lấy số bị hỏng", answeredAt: Now.AddDays(-3));
        await AnsweredAsync("Ghế chờ không đủ", answeredAt: Now.AddDays(-1));
        await AnsweredAsync("Chưa đồng ý công khai", publish: false);
        await AnsweredAsync("Khiếu nại quyết định xử phạt", kind: PetitionKind.KhieuNai);
        await AnsweredAsync("Đã mở lại, chờ trả lời lại", status: PetitionStatus.Routed);
        await AnsweredAsync("Đã kết thúc sau khi trả lời", status: PetitionStatus.Closed, answeredAt: Now.AddDays(-2));

        var page = await SearchAsync(new PublishedAnswerFilter());

        Assert.Equal(["Ghế chờ không đủ", "Đã kết thúc sau khi trả lời", "Máy lấy số bị hỏng"], page.Answers.Select(a => a.Title));
        Assert.Equal(3, page.Total);
    }

    [Theory]
    [InlineData("may lay so")]
    [InlineData("MÁY LẤY SỐ")]
    [InlineData("lấy số máy")]
    public async Task SearchAsync_WordsWithOrWithoutDiacritics_FindTheSamePetition(string query)
    {
        await AnsweredAsync("Máy lấy số bị hỏng");
        await AnsweredAsync("Ghế chờ không đủ");

        var page = await SearchAsync(new PublishedAnswerFilter(query));

        Assert.Equal("Máy lấy số bị hỏng", Assert.Single(page.Answers).Title);
    }

    [Fact]
    public async Task SearchAsync_ByCenterAndField_UsesTheProcedureFieldOrElseTheCounterFields()
    {
        await AnsweredAsync("Đăng ký khai sinh chậm", "TT_DONGHA-HTCT", "HT-01");
        await AnsweredAsync("Quầy hộ tịch vắng cán bộ", "TT_DONGHA-HTCT");
        await AnsweredAsync("Sang tên đất bị hẹn lại", "TT_DONGHA-DDXD", "DD-01");
        await AnsweredAsync("Hộ tịch ở tỉnh", "TT_TINH-TP");

        var civilStatus = await SearchAsync(new PublishedAnswerFilter(CenterCode: "TT_DONGHA", FieldCode: "HOTICH"));
        var land = await SearchAsync(new PublishedAnswerFilter(FieldCode: "DATDAI"));

        Assert.Equal(["Đăng ký khai sinh chậm", "Quầy hộ tịch vắng cán bộ"], civilStatus.Answers.Select(a => a.Title).Order());
        var answer = Assert.Single(land.Answers);
        Assert.Equal(("Đất đai", "Trung tâm Phục vụ hành chính công phường Đông Hà"), (answer.FieldName, answer.CenterName));
    }

    [Fact]
    public async Task SearchAsync_ManyAnswers_IsPaginatedAndAPageBeyondTheLastShowsTheLast()
    {
        for (var i = 0; i < PublishedAnswers.PageSize + 3; i++)
        {
            await AnsweredAsync($"Ý kiến số {i:00}", answeredAt: Now.AddHours(-i));
        }

        var first = await SearchAsync(new PublishedAnswerFilter());
        var beyond = await SearchAsync(new PublishedAnswerFilter(Page: 9));

        Assert.Equal((PublishedAnswers.PageSize, 2), (first.Answers.Count, first.PageCount));
        Assert.Equal("Ý kiến số 00", first.Answers[0].Title);
        Assert.Equal((2, 3), (beyond.Page, beyond.Answers.Count));
    }

    [Fact]
    public async Task SearchAsync_PhoneNumbersAndEmailsInTheText_AreMasked()
    {
        await AnsweredAsync("Gọi 0912 345 678 không ai nghe", answer: "Xin liên hệ chị Hoa qua hoa.le@quangtri.gov.vn hoặc +84 905.123.456.");

        var answer = Assert.Single((await SearchAsync(new PublishedAnswerFilter())).Answers);

        Assert.Equal("Gọi *** không ai nghe", answer.Title);
        Assert.Equal("Xin liên hệ chị Hoa qua *** hoặc ***.", answer.Answer);
    }

    [Theory]
    [InlineData(PetitionKind.PhanAnh, true, true)]
    [InlineData(PetitionKind.GopY, true, true)]
    [InlineData(PetitionKind.PhanAnh, false, false)]
    [InlineData(PetitionKind.ToCao, true, false)]
    public void OnAnswered_ByKindAndConsent_PublishesAtTheAnswerWithAnEventOrNot(PetitionKind kind, bool consent, bool published)
    {
        var petition = TestPetitions.New(PetitionStatus.Answered, Now.AddDays(-3), kind: kind).Answered(Now, publish: false);
        petition.ConsentPublish = consent;

        var publishedEvent = AnswerPublication.OnAnswered(petition);

        Assert.Equal(published ? Now : null, petition.AnswerPublishedAt);
        Assert.Equal(published, publishedEvent is { Kind: PetitionEventKind.Published });
    }
}
