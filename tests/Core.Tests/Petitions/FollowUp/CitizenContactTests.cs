using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Petitions.FollowUp;

public class CitizenContactTests : IAsyncLifetime
{
    private const int Guesses = 3;
    private FollowUpDatabase _database = null!;

    public async Task InitializeAsync() =>
        _database = await FollowUpDatabase.CreateAsync(new Dictionary<string, string?> { ["RateLimits:ContactGuessesPerCode"] = $"{Guesses}" });

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private Task<Petition> WithContactAsync() =>
        _database.InsertAsync(TestPetitions.New(PetitionStatus.Answered, FollowUpDatabase.Now.AddDays(-3))
            .Answered(FollowUpDatabase.Now.AddDays(-1), "Câu trả lời riêng cho người gửi.", publish: false)
            .WithContact(_database.Protector));

    private Task<ContactLookup> ShowAsync(string code, string phone) =>
        _database.WithAsync<ContactLookup, CitizenContact>(c => c.ShowAsync(code, phone));

    private Task<ContactLookupOutcome> DeleteAsync(string code, string phone) =>
        _database.WithAsync<ContactLookupOutcome, CitizenContact>(c => c.DeleteAsync(code, phone));

    [Fact]
    public async Task ShowAsync_CodeAndPhoneWrittenDifferently_ShowsTheDetailsAndTheUnpublishedAnswer()
    {
        var petition = await WithContactAsync();

        var lookup = await ShowAsync(petition.TrackingCode.Replace("-", " "), "+84 912.345.678");

        Assert.Equal(ContactLookupOutcome.Found, lookup.Outcome);
        var contact = lookup.View!.Contact;
        Assert.Equal((TestPetitions.Name, TestPetitions.Phone, TestPetitions.Email, TestPetitions.Address), (contact.Name, contact.Phone, contact.Email, contact.Address));
        Assert.Equal("Câu trả lời riêng cho người gửi.", lookup.View.Answer);
    }

    [Fact]
    public async Task ShowAsync_WrongPhoneOrUnknownCode_GiveTheSameNotFound()
    {
        var petition = await WithContactAsync();

        var wrongPhone = await ShowAsync(petition.TrackingCode, "0912345679");
        var unknownCode = await ShowAsync(TrackingCode.New(), TestPetitions.Phone);

        Assert.Equal(ContactLookup.NotFound, wrongPhone);
        Assert.Equal(ContactLookup.NotFound, unknownCode);
    }

    [Fact]
    public async Task ShowAsync_TooManyWrongNumbersForACode_RefusesEvenTheRightOneAndTreatsUnknownCodesAlike()
    {
        var petition = await WithContactAsync();
        var unknown = TrackingCode.New();

        var known = new List<ContactLookupOutcome>();
        var unknowns = new List<ContactLookupOutcome>();
        for (var guess = 0; guess < Guesses; guess++)
        {
            known.Add((await ShowAsync(petition.TrackingCode, $"09000000{guess:00}")).Outcome);
            unknowns.Add((await ShowAsync(unknown, $"09000000{guess:00}")).Outcome);
        }
        var right = await ShowAsync(petition.TrackingCode, TestPetitions.Phone);

        Assert.Equal(known, unknowns);
        Assert.Equal(ContactLookupOutcome.Throttled, known[^1]);
        Assert.All(known.SkipLast(1), o => Assert.Equal(ContactLookupOutcome.NotFound, o));
        Assert.Equal(ContactLookupOutcome.Throttled, right.Outcome);
    }

    [Fact]
    public async Task DeleteAsync_RightPhone_ErasesTheDetailsAtOnceWithAnEventAndAnAuditRecord()
    {
        var petition = await WithContactAsync();

        var deleted = await DeleteAsync(petition.TrackingCode, TestPetitions.Phone);
        var again = await DeleteAsync(petition.TrackingCode, TestPetitions.Phone);

        Assert.Equal((ContactLookupOutcome.Found, ContactLookupOutcome.NotFound), (deleted, again));
        await using var db = _database.NewDbContext();
        var stored = await db.Petitions.AsNoTracking().SingleAsync(p => p.Id == petition.Id);
        Assert.Equal([null, null, null, null, null], new[] { stored.ContactName, stored.ContactPhone, stored.ContactEmail, stored.ContactAddress, stored.ContactPhoneHash });
        Assert.Equal(FollowUpDatabase.Now, stored.ContactPurgedAt);
        Assert.Equal("Câu trả lời riêng cho người gửi.", stored.AnswerText);
        var redacted = Assert.Single(await db.PetitionEvents.Where(e => e.PetitionId == petition.Id && e.Kind == PetitionEventKind.Redacted).ToListAsync());
        Assert.Equal(CitizenFollowUp.Actor, redacted.Actor);
        Assert.Contains("citizen_request", redacted.Data);
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == AuditActions.PetitionContactDeleted && a.Target == $"petition:{petition.Id}"));
    }

    [Fact]
    public async Task DeleteAsync_WrongPhone_ErasesNothing()
    {
        var petition = await WithContactAsync();

        Assert.Equal(ContactLookupOutcome.NotFound, await DeleteAsync(petition.TrackingCode, "0912345679"));

        await using var db = _database.NewDbContext();
        Assert.NotNull(await db.Petitions.Where(p => p.Id == petition.Id).Select(p => p.ContactPhone).SingleAsync());
    }
}
