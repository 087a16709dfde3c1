using System.Collections.Concurrent;
using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CchcFeedback.Core.Tests.Assistant;

/// <summary>The assistant on the sample catalog (with its 44 public records), as every channel calls it.</summary>
public class ProcedureAssistantTests : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly DatabaseFixture _database;
    private readonly CapturedLogs _logs = new();
    private ServiceProvider _services = null!;

    public ProcedureAssistantTests(DatabaseFixture database) => _database = database;

    public Task InitializeAsync()
    {
        _services = CoreServices.For(_database.ConnectionString, configure: services =>
            services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs)));
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    private async Task<AssistantReply> AskAsync(string text, Guid? conversation = null, string? token = null)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IProcedureAssistant>()
            .ReplyAsync(new AssistantQuestion(conversation ?? Guid.NewGuid(), text, AssistantChannel.Web, token), CancellationToken.None);
    }

    [Theory]
    [InlineData("Theo dõi phản ánh", AssistantIntent.Track)]
    [InlineData("Gửi phản ánh", AssistantIntent.Petition)]
    [InlineData("Đánh giá dịch vụ", AssistantIntent.Rate)]
    public async Task ReplyAsync_TheMenusChoiceTapped_UnderstoodAsThatChoice(string label, AssistantIntent intent)
    {
        var choice = Assert.Single(AssistantMenu.Choices, c => c.Label == label);

        var reply = await AskAsync(choice.Text);

        Assert.Equal(intent, reply.Intent);
    }

    [Fact]
    public async Task ReplyAsync_Declined_OffersTheMenusChoices()
    {
        var reply = await AskAsync("Thời tiết ngày mai thế nào?");

        Assert.Equal(AssistantOutcome.Declined, reply.Outcome);
        Assert.Equal([AssistantMenu.Track, AssistantMenu.Petition, AssistantMenu.Rate], reply.Choices);
    }

    [Fact]
    public async Task ReplyAsync_PapersOfAProcedure_QuotesTheDossierWithNameCodeLegalBasisAndLinks()
    {
        var reply = await AskAsync("Đăng ký kết hôn cần mang theo giấy tờ gì?");

        Assert.Equal((AssistantOutcome.Answered, AssistantIntent.Procedure, "HT-02"), (reply.Outcome, reply.Intent, reply.ProcedureCode));
        await using var db = _database.CreateDbContext();
        var details = await db.ProcedureDetails.AsNoTracking().SingleAsync(d => d.Procedure.Code == "HT-02");
        Assert.Contains("mã HT-02", reply.Text);
        Assert.Contains(details.Documents[0].Name, reply.Text);
        Assert.Contains(details.LegalBasis[0].Number, reply.Text);
        Assert.Contains(reply.Links, l => l.Url == "/thu-tuc/HT-02");
        Assert.Contains(reply.Links, l => l.Url.StartsWith("/phan-anh?procedure=HT-02&text=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReplyAsync_WithoutDiacritics_GivesTheSameAnswerAsWithThem()
    {
        var with = await AskAsync("Đăng ký kết hôn mất bao lâu?");
        var without = await AskAsync("dang ky ket hon mat bao lau");

        Assert.Equal("HT-02", with.ProcedureCode);
        Assert.Equal((with.Outcome, with.ProcedureCode, with.Text), (without.Outcome, without.ProcedureCode, without.Text));
        await using var db = _database.CreateDbContext();
        var time = await db.ProcedureDetails.Where(d => d.Procedure.Code == "HT-02").Select(d => d.ProcessingTime).SingleAsync();
        Assert.Contains(time, without.Text);
    }

    [Theory]
    [InlineData("Làm sổ đỏ lần đầu cần những gì?", "DD-02")]
    [InlineData("nhap ho khau cho con ve nha ong ba", "CA-01")]
    [InlineData("công chứng chữ ký trên giấy ủy quyền", "CT-02")]
    [InlineData("lam giay khai sinh cho be", "HT-01")]
    public async Task ReplyAsync_CitizensWords_AnswerTheOfficialProcedure(string question, string code)
    {
        var reply = await AskAsync(question);

        Assert.Equal((AssistantOutcome.Answered, code), (reply.Outcome, reply.ProcedureCode));
    }

    [Fact]
    public async Task ReplyAsync_TwoCloseProcedures_AsksOneQuestionWhoseChoicesResolve()
    {
        var reply = await AskAsync("chứng thực");

        Assert.Equal((AssistantOutcome.Clarifying, AssistantIntent.Procedure, null), (reply.Outcome, reply.Intent, reply.ProcedureCode));
        Assert.InRange(reply.Choices.Count, 2, 3);
        await using var db = _database.CreateDbContext();
        var names = await db.Procedures.Where(p => p.Code.StartsWith("CT-")).Select(p => p.NameVi).ToListAsync();
        Assert.All(reply.Choices, c => Assert.Contains(c.Label, names));
        foreach (var choice in reply.Choices)
        {
            var chosen = await AskAsync(choice.Text);
            Assert.Equal(AssistantOutcome.Answered, chosen.Outcome);
            Assert.Equal(choice.Label, await db.Procedures.Where(p => p.Code == chosen.ProcedureCode).Select(p => p.NameVi).SingleAsync());
        }
    }

    [Theory]
    [InlineData("Làm hộ chiếu cần những giấy tờ gì?")]
    [InlineData("thoi tiet dong ha ngay mai the nao")]
    [InlineData("Kết quả xổ số miền Trung hôm nay")]
    [InlineData("đăng ký tạm trú cho sinh viên thuê trọ")]
    public async Task ReplyAsync_OutOfScopeOrMissingProcedure_DeclinesAndSaysWhatItCanDo(string question)
    {
        var reply = await AskAsync(question);

        Assert.Equal((AssistantOutcome.Declined, AssistantIntent.OutOfScope, null), (reply.Outcome, reply.Intent, reply.ProcedureCode));
        Assert.NotEmpty(reply.Choices);
        Assert.Contains(reply.Links, l => l.Url == "/thu-tuc");
    }

    [Fact]
    public async Task ReplyAsync_TrackingCodeInTheText_ShowsWhereThePetitionStandsWithoutPersonalData()
    {
        PetitionSubmitResult petition;
        await using (var scope = _services.CreateAsyncScope())
        {
            petition = await scope.ServiceProvider.GetRequiredService<PetitionService>().SubmitAsync(new PetitionSubmission
            {
                SubmissionId = Guid.NewGuid(),
                Kind = PetitionKind.PhanAnh,
                Title = "Chờ quá lâu ở quầy",
                Text = "Tôi chờ hơn hai giờ mà chưa được gọi số.",
                ContactName = "Trần Thị Bình",
                ContactPhone = "0905 111 222",
                ContactAddress = "5 Hùng Vương, Đông Hà",
                ConsentContact = true,
            }, new PetitionOrigin(null, "TT_TINH"), PetitionChannel.Web);
        }

        var reply = await AskAsync($"phản ánh {petition.TrackingCode!.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)} đến đâu rồi");

        Assert.Equal((AssistantOutcome.Answered, AssistantIntent.Track), (reply.Outcome, reply.Intent));
        Assert.Contains(petition.TrackingCode, reply.Text);
        Assert.DoesNotContain("Bình", reply.Text);
        Assert.DoesNotContain("0905", reply.Text);
        Assert.Equal($"/track?code={petition.TrackingCode}", Assert.Single(reply.Links).Url);
    }

    /// <summary>A deadline is stored as the moment it passes (midnight): the reply names the day before it, as the
    /// tracking page and the e-mails do.</summary>
    [Fact]
    public async Task ReplyAsync_TrackingCodeOfAnOpenPetition_NamesTheLastDayToAnswer()
    {
        Petition petition;
        await using (var db = _database.CreateDbContext())
        {
            var department = await db.Departments.OrderBy(d => d.Id).FirstAsync();
            // Due at midnight starting the 23rd in Vietnam.
            petition = TestPetitions.Routed(department.Id, DateTimeOffset.UtcNow.AddDays(-1), new DateTimeOffset(2026, 12, 22, 17, 0, 0, TimeSpan.Zero));
            db.Petitions.Add(petition);
            await db.SaveChangesAsync();
        }

        var reply = await AskAsync($"tra cứu {petition.TrackingCode}");

        Assert.Equal(AssistantIntent.Track, reply.Intent);
        Assert.Contains("Hạn giải quyết: 22/12/2026.", reply.Text);
        Assert.DoesNotContain(_logs.Messages, m => m.Contains("row limiting operator", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReplyAsync_PetitionWords_HandsOffToTheFormWithTheQuestionAndTheCounter()
    {
        var reply = await AskAsync("Cán bộ đòi tiền bồi dưỡng mới nhận hồ sơ", token: "abc123");

        Assert.Equal((AssistantOutcome.Answered, AssistantIntent.Petition), (reply.Outcome, reply.Intent));
        var link = Assert.Single(reply.Links);
        Assert.Equal("/phan-anh?text=" + Uri.EscapeDataString("Cán bộ đòi tiền bồi dưỡng mới nhận hồ sơ") + "&token=abc123", link.Url);
    }

    [Fact]
    public async Task ReplyAsync_RateWithAndWithoutAToken_LinksTheCounterOrExplainsTheQrCode()
    {
        var withToken = await AskAsync("Tôi muốn đánh giá cán bộ tiếp nhận", token: "tok42");
        var without = await AskAsync("Tôi muốn đánh giá cán bộ tiếp nhận");

        Assert.Equal((AssistantIntent.Rate, "/q/tok42/rate"), (withToken.Intent, Assert.Single(withToken.Links).Url));
        Assert.Equal(AssistantIntent.Rate, without.Intent);
        Assert.Empty(without.Links);
        Assert.Contains("QR", without.Text);
    }

    [Fact]
    public async Task ReplyAsync_PhoneAndEmailInTheQuestion_AreMaskedWhenStoredAndNeverLogged()
    {
        var reply = await AskAsync("Tôi là Hoa, số 0912.345.678 hoặc +84 905 123 456, mail hoa.nguyen@example.vn, hỏi đăng ký kết hôn");

        await using var db = _database.CreateDbContext();
        var stored = await db.AssistantExchanges.SingleAsync(e => e.Id == reply.ExchangeId);
        foreach (var secret in new[] { "345", "678", "905 123", "hoa.nguyen", "example.vn" })
        {
            Assert.DoesNotContain(secret, stored.Question);
            Assert.DoesNotContain(secret, stored.QuestionFolded);
            Assert.DoesNotContain(secret, stored.Answer);
        }
        // The logs carry the test server's port and database name: look for the numbers whole, in any spacing.
        foreach (var secret in new[] { "0912.345", "345.678", "912345678", "905 123 456", "905123456", "hoa.nguyen", "example.vn" })
        {
            Assert.DoesNotContain(_logs.Messages, m => m.Contains(secret, StringComparison.Ordinal));
        }
        Assert.Contains(PersonalDataMask.NumberMask, stored.Question);
        Assert.Contains(PersonalDataMask.EmailMask, stored.Question);
        // The folded question is what a manager's correction teaches: the placeholders are not words of it.
        Assert.DoesNotContain("so dien thoai", stored.QuestionFolded);
        Assert.DoesNotContain("email", stored.QuestionFolded);
        Assert.Equal("HT-02", stored.ProcedureCode);
    }

    [Fact]
    public async Task ReplyAsync_AspectAfterAnAnswer_IsAnsweredForTheSameProcedure()
    {
        var conversation = Guid.NewGuid();
        await AskAsync("Thủ tục đăng ký kết hôn", conversation);

        var followUp = await AskAsync("còn lệ phí thì sao?", conversation);

        Assert.Equal((AssistantOutcome.Answered, "HT-02"), (followUp.Outcome, followUp.ProcedureCode));
        Assert.Contains("Phí, lệ phí", followUp.Text);
    }

    [Fact]
    public async Task RecordFeedbackAsync_KnownAndUnknownExchange_StoresUsefulOrSaysNo()
    {
        var reply = await AskAsync("đăng ký khai tử ở đâu");
        await using var scope = _services.CreateAsyncScope();
        var assistant = scope.ServiceProvider.GetRequiredService<IProcedureAssistant>();

        Assert.True(await assistant.RecordFeedbackAsync(reply.ExchangeId, false, CancellationToken.None));
        Assert.False(await assistant.RecordFeedbackAsync(Guid.NewGuid(), true, CancellationToken.None));
        await using var db = _database.CreateDbContext();
        Assert.False((await db.AssistantExchanges.SingleAsync(e => e.Id == reply.ExchangeId)).Useful);
    }

    [Fact]
    public async Task AttachProcedureAsync_UnansweredQuestionMarkedNotRight_LeavesTheReviewListAndIsAnsweredNextTime()
    {
        const string Question = "xin phép nuôi chim yến trong nhà phố";
        var declined = await AskAsync(Question);
        Assert.NotEqual(AssistantOutcome.Answered, declined.Outcome);
        await using var scope = _services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<IProcedureAssistant>().RecordFeedbackAsync(declined.ExchangeId, false, CancellationToken.None));
        var review = scope.ServiceProvider.GetRequiredService<IAssistantReview>();
        Assert.Contains(await review.ListToReviewAsync(100, CancellationToken.None), r => r.Id == declined.ExchangeId);

        Assert.False(await review.AttachProcedureAsync(declined.ExchangeId, "NO-SUCH", CancellationToken.None));
        Assert.True(await review.AttachProcedureAsync(declined.ExchangeId, "XD-02", CancellationToken.None));

        Assert.DoesNotContain(await review.ListToReviewAsync(100, CancellationToken.None), r => r.Id == declined.ExchangeId);
        var learned = await AskAsync(Question);
        Assert.Equal((AssistantOutcome.Answered, "XD-02"), (learned.Outcome, learned.ProcedureCode));
    }

    [Fact]
    public async Task ReplyAsync_LongestQuestionLongerOnceMasked_IsStoredCutBeforeAnEmojisHalves()
    {
        // 995 characters, as the edge allows; masking the nine digits makes it 1,001, with an emoji across 1,000.
        var question = "123456789" + new string('a', 984) + "😀";

        var reply = await AskAsync(question);

        await using var db = _database.CreateDbContext();
        var stored = await db.AssistantExchanges.SingleAsync(e => e.Id == reply.ExchangeId);
        Assert.Equal(999, stored.Question.Length);
        Assert.StartsWith(PersonalDataMask.NumberMask, stored.Question);
    }

    [Fact]
    public async Task ReplyAsync_TrackingCodeWithNineDigitsInARow_IsReadAsATrackingCode()
    {
        var code = TrackingCode.Alphabet.Select(c => TrackingCode.Normalise($"PA-1234-5678-90{c}")).First(c => c is not null)!;

        var reply = await AskAsync($"mã {code} đến đâu rồi");

        Assert.Equal(AssistantIntent.Track, reply.Intent);
        Assert.Contains(code, reply.Text);
    }

    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception) + exception);
        }
    }
}
