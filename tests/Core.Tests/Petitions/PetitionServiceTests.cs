using System.Text;
using CchcFeedback.Core.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CchcFeedback.Core.Tests.Petitions;

public class PetitionServiceTests : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Phone = "0912 345 678";
    private readonly DatabaseFixture _database;
    private ServiceProvider _services = null!;
    private string _counterToken = "";

    public PetitionServiceTests(DatabaseFixture database) => _database = database;

    public async Task InitializeAsync()
    {
        _services = CoreServices.For(_database.ConnectionString);
        await using var db = _database.CreateDbContext();
        _counterToken = await db.Touchpoints.Where(t => t.Counter!.Code == "TT_TINH-TP" && t.RevokedAt == null).Select(t => t.Token).SingleAsync();
    }

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    private static PetitionSubmission Valid(string title = "Chờ quá lâu ở quầy tư pháp", PetitionKind kind = PetitionKind.PhanAnh) => new()
    {
        SubmissionId = Guid.NewGuid(),
        Kind = kind,
        Title = title,
        Text = "Tôi chờ hơn hai giờ mà chưa được gọi số, cán bộ không giải thích lý do.",
        ContactName = "Nguyễn Văn An",
        ContactPhone = Phone,
        ContactAddress = "12 Lê Lợi, Đông Hà",
        ConsentContact = true,
    };

    private async Task<PetitionSubmitResult> SubmitAsync(PetitionSubmission submission, PetitionOrigin? origin = null)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PetitionService>()
            .SubmitAsync(submission, origin ?? new PetitionOrigin(_counterToken), PetitionChannel.Web);
    }

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider);
    }

    [Fact]
    public async Task SubmitAsync_Valid_StoresOneReceivedPetitionWithEventAndRoutingJob()
    {
        var result = await SubmitAsync(Valid());

        Assert.Equal(PetitionSubmitOutcome.Created, result.Outcome);
        Assert.True(TrackingCode.IsValid(result.TrackingCode));
        await using var db = _database.CreateDbContext();
        var petition = await db.Petitions.SingleAsync(p => p.Id == result.PetitionId);
        Assert.Equal(PetitionStatus.Received, petition.Status);
        Assert.Null(petition.DepartmentId);
        Assert.Equal(await db.Counters.Where(c => c.Code == "TT_TINH-TP").Select(c => c.Id).SingleAsync(), petition.CounterId);
        var received = await db.PetitionEvents.SingleAsync(e => e.PetitionId == petition.Id);
        Assert.Equal(PetitionEventKind.Received, received.Kind);
        Assert.Equal(1, await CountAsync($"SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%RoutePetitionJob%' AND arguments::text LIKE '%{petition.Id}%'"));
    }

    [Fact]
    public async Task SubmitAsync_ContactDetails_AreEncryptedAndFoundByTheKeyedPhoneHash()
    {
        var result = await SubmitAsync(Valid());

        var raw = await RawRowAsync(result.PetitionId!.Value);
        Assert.DoesNotContain("0912345678", raw);
        Assert.DoesNotContain("Nguyễn Văn An", raw);
        Assert.DoesNotContain("Lê Lợi", raw);
        var contact = await WithAsync(s => s.GetRequiredService<PetitionReader>().ContactAsync(result.TrackingCode, "+84 912.345.678"));
        Assert.NotNull(contact);
        Assert.Equal(("Nguyễn Văn An", "0912345678", "12 Lê Lợi, Đông Hà"), (contact.Name, contact.Phone, contact.Address));
        Assert.Null(await WithAsync(s => s.GetRequiredService<PetitionReader>().ContactAsync(result.TrackingCode, "0912 345 679")));
    }

    [Fact]
    public async Task SubmitAsync_SameSubmissionTwice_StoresOnePetition()
    {
        var submission = Valid();

        var first = await SubmitAsync(submission);
        var second = await SubmitAsync(submission);
        var different = await SubmitAsync(submission with { Title = "Một tiêu đề khác hẳn" });

        Assert.Equal(PetitionSubmitOutcome.AlreadyStored, second.Outcome);
        Assert.Equal(first.TrackingCode, second.TrackingCode);
        Assert.Equal(PetitionSubmitOutcome.Conflict, different.Outcome);
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.Petitions.CountAsync(p => p.SubmissionId == submission.SubmissionId));
    }

    [Fact]
    public async Task SubmitAsync_SameSubmissionRacing_StoresOnePetition()
    {
        var submission = Valid();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SubmitAsync(submission)));

        Assert.Single(results.Select(r => r.TrackingCode).Distinct());
        Assert.Single(results, r => r.Outcome == PetitionSubmitOutcome.Created);
    }

    [Fact]
    public async Task SubmitAsync_PhanAnhWithoutContact_IsReceivedAsGopY()
    {
        var result = await SubmitAsync(Valid() with { ContactName = null, ContactPhone = null, ContactAddress = null, ConsentContact = false });

        Assert.Equal(PetitionSubmitOutcome.Created, result.Outcome);
        Assert.Equal(PetitionKind.GopY, result.Kind);
        await using var db = _database.CreateDbContext();
        var petition = await db.Petitions.SingleAsync(p => p.Id == result.PetitionId);
        Assert.Equal(PetitionKind.PhanAnh, petition.FiledKind);
        Assert.Null(petition.ContactPhoneHash);
    }

    [Theory]
    [InlineData("", "text", "Nội dung không được để trống.")]
    [InlineData("20000", "text", "quá giới hạn 5000 ký tự")]
    [InlineData("phone", "contactPhone", "Số điện thoại không đúng")]
    [InlineData("procedure", "procedureCode", "Không có thủ tục mã")]
    [InlineData("procedure-long", "procedureCode", "Mã thủ tục dài quá 64 ký tự.")]
    [InlineData("dossier-long", "dossierCode", "Mã hồ sơ dài quá 64 ký tự.")]
    [InlineData("dossier-characters", "dossierCode", "Mã hồ sơ chỉ gồm chữ, số và các dấu - _ . /")]
    [InlineData("pdf", "photos", "không phải là ảnh")]
    [InlineData("large", "photos", "lớn quá 5 MB")]
    [InlineData("complaint", "contactName", "Khiếu nại, tố cáo cần họ tên")]
    [InlineData("consent", "consentContact", "Xin đánh dấu đồng ý")]
    public async Task SubmitAsync_BadInput_StoresNothingAndNamesTheField(string bad, string field, string message)
    {
        var submission = bad switch
        {
            "" => Valid() with { Text = "   " },
            "20000" => Valid() with { Text = new string('a', 20_000) },
            "phone" => Valid() with { ContactPhone = "12345" },
            "procedure" => Valid() with { ProcedureCode = "KHONG-CO-MA-NAY" },
            "procedure-long" => Valid() with { ProcedureCode = new string('x', 70) },
            "dossier-long" => Valid() with { DossierCode = new string('x', 70) },
            "dossier-characters" => Valid() with { DossierCode = "HS 001; DROP" },
            "pdf" => Valid() with { Photos = [new PhotoUpload("anh.jpg", TestImages.Pdf())] },
            "large" => Valid() with { Photos = [new PhotoUpload("to.jpg", new byte[PetitionLimits.MaxPhotoBytes + 10])] },
            "complaint" => Valid(kind: PetitionKind.KhieuNai) with { ContactName = null, ContactPhone = null, ContactAddress = null },
            _ => Valid() with { ConsentContact = false },
        };

        var result = await SubmitAsync(submission);

        Assert.Equal(PetitionSubmitOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors, e => e.Field == field && e.Message.Vietnamese.Contains(message, StringComparison.Ordinal));
        await using var db = _database.CreateDbContext();
        Assert.False(await db.Petitions.AnyAsync(p => p.SubmissionId == submission.SubmissionId));
    }

    [Fact]
    public async Task SubmitAsync_RevokedTouchpoint_IsRefused()
    {
        await using var db = _database.CreateDbContext();
        var touchpoint = await db.Touchpoints.FirstAsync(t => t.Counter!.Code == "TT_TINH-XD" && t.RevokedAt == null);
        touchpoint.RevokedAt = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync();

        var result = await SubmitAsync(Valid(), new PetitionOrigin(touchpoint.Token));

        Assert.Equal(PetitionSubmitOutcome.RevokedTouchpoint, result.Outcome);
    }

    [Fact]
    public async Task SubmitAsync_PhotoWithGps_StoresItWithoutExif()
    {
        var result = await SubmitAsync(Valid() with { Photos = [new PhotoUpload("a.jpg", TestImages.JpegWithGps()), new PhotoUpload("b.png", TestImages.Png())] });

        await using var db = _database.CreateDbContext();
        var photos = await db.PetitionPhotos.Where(p => p.PetitionId == result.PetitionId).OrderBy(p => p.Position).ToListAsync();
        Assert.Equal([1, 2], photos.Select(p => (int)p.Position));
        Assert.All(photos, photo =>
        {
            Assert.Equal("image/jpeg", photo.ContentType);
            Assert.DoesNotContain(TestImages.GpsMarker, Encoding.ASCII.GetString(photo.Bytes));
            Assert.DoesNotContain("Exif", Encoding.ASCII.GetString(photo.Bytes));
        });
    }

    [Fact]
    public async Task FindSimilarAsync_SameCenterWithoutDiacritics_FindsTheOpenPublishablePetition()
    {
        var first = await SubmitAsync(Valid("Máy lấy số thứ tự bị hỏng cả buổi sáng") with
        {
            Text = "Máy lấy số thứ tự ở sảnh bị hỏng cả buổi sáng, người dân phải xếp hàng tự phát.",
            ConsentPublish = true,
        });
        await SubmitAsync(Valid("Máy lấy số thứ tự bị hỏng cả buổi sáng") with
        {
            Text = "Máy lấy số thứ tự ở sảnh bị hỏng cả buổi sáng, người dân phải xếp hàng tự phát.",
            ConsentPublish = false,
        });
        await using var db = _database.CreateDbContext();
        var centerId = await db.Petitions.Where(p => p.Id == first.PetitionId).Select(p => p.CenterId).SingleAsync();

        var similar = await WithAsync(s => s.GetRequiredService<PetitionService>()
            .FindSimilarAsync(centerId, "may lay so thu tu bi hong", "May lay so thu tu o sanh bi hong ca buoi sang, phai xep hang"));
        var elsewhere = await WithAsync(s => s.GetRequiredService<PetitionService>()
            .FindSimilarAsync(null, "may lay so thu tu bi hong", "May lay so thu tu o sanh bi hong ca buoi sang, phai xep hang"));

        Assert.True(similar.Count == 1 && similar[0].TrackingCode == first.TrackingCode, string.Join("; ", similar));
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task SupportAsync_SameSubmissionTwice_CountsOneSupporterAndOneEvent()
    {
        var petition = await SubmitAsync(Valid() with { ConsentPublish = true });
        var supporter = Guid.NewGuid();

        var code = await WithAsync(s => s.GetRequiredService<PetitionService>().SupportAsync(petition.PetitionId!.Value, supporter));
        await WithAsync(s => s.GetRequiredService<PetitionService>().SupportAsync(petition.PetitionId!.Value, supporter));

        Assert.Equal(petition.TrackingCode, code);
        await using var db = _database.CreateDbContext();
        Assert.Equal(1, await db.Petitions.Where(p => p.Id == petition.PetitionId).Select(p => p.Supporters).SingleAsync());
        Assert.Equal(1, await db.PetitionEvents.CountAsync(e => e.PetitionId == petition.PetitionId && e.Kind == PetitionEventKind.Supported));
    }

    [Fact]
    public async Task PetitionEvents_UpdateOrDelete_IsRefusedByTheDatabase()
    {
        var petition = await SubmitAsync(Valid());

        var update = await Assert.ThrowsAsync<PostgresException>(() => CountAsync($"WITH x AS (UPDATE petition_events SET reason = 'x' WHERE petition_id = '{petition.PetitionId}' RETURNING 1) SELECT count(*) FROM x"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => CountAsync($"WITH x AS (DELETE FROM petition_events WHERE petition_id = '{petition.PetitionId}' RETURNING 1) SELECT count(*) FROM x"));

        Assert.Contains("append-only", update.MessageText);
        Assert.Contains("append-only", delete.MessageText);
    }

    [Fact]
    public async Task TrackAsync_CodeWithTypo_FindsNothingAndTheRightCodeFindsNoPersonalData()
    {
        var petition = await SubmitAsync(Valid());
        var code = petition.TrackingCode!;
        var typo = code[..^1] + (code[^1] == 'A' ? 'B' : 'A');

        var tracked = await WithAsync(s => s.GetRequiredService<PetitionReader>().TrackAsync(code.ToLowerInvariant().Replace("-", " ")));

        Assert.Null(await WithAsync(s => s.GetRequiredService<PetitionReader>().TrackAsync(typo)));
        Assert.NotNull(tracked);
        Assert.Equal(PetitionStatus.Received, tracked.Status);
        Assert.DoesNotContain("0912345678", tracked.ToString());
        Assert.DoesNotContain("Nguyễn", tracked.ToString());
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private async Task<string> RawRowAsync(Guid id)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT p::text, contact_phone, contact_name FROM petitions p WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        // The row as text (bytea in hex), and the encrypted bytes read as if they were text.
        return reader.GetString(0) + Encoding.Latin1.GetString((byte[])reader[1]) + Encoding.UTF8.GetString((byte[])reader[2]);
    }
}
