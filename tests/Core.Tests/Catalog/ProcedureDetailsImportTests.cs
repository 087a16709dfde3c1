using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Catalog.Import;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Catalog;

public class ProcedureDetailsImportTests
{
    private const string DetailsFile = "procedure-details.json";

    private static async Task<CatalogImportResult> ImportAsync(string connectionString, string directory)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        return await TestDatabase.Importer(db).ImportAsync(directory);
    }

    private static async Task<ProcedureDetails> DetailsAsync(string connectionString, string code)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        return (await db.Procedures.Include(p => p.Details).SingleAsync(p => p.Code == code)).Details!;
    }

    /// <summary>The 1-based line of the fixture on which <paramref name="text"/> first appears.</summary>
    private static int FixtureLine(string text)
    {
        var fixture = File.ReadAllText(TestPaths.ProcedureDetailsFixture);
        var at = fixture.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, text);
        return fixture[..at].Count(c => c == '\n') + 1;
    }

    [Fact]
    public async Task ImportAsync_DetailsFile_KeepsEveryField()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        folder.Keep().WithDetails();

        var result = await ImportAsync(connectionString, folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var summary = Assert.Single(result.Files);
        Assert.Equal(DetailsFile, summary.File);
        Assert.Equal(2, summary.Added + summary.Changed);
        var birth = await DetailsAsync(connectionString, "HT-01");
        Assert.True(birth.Sample);
        Assert.Equal("Ủy ban nhân dân cấp xã", birth.Agency);
        Assert.Equal((true, false, OnlineService.Full), (birth.AtCenter, birth.ByPost, birth.Online));
        Assert.Equal("https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193", birth.PortalUrl);
        Assert.StartsWith("Nộp trực tiếp tại Trung tâm", birth.SubmissionNotes);
        Assert.Equal(3, birth.Steps.Count);
        Assert.Equal("Công chức tư pháp - hộ tịch kiểm tra hồ sơ;\nnếu đủ thì ghi vào Sổ hộ tịch.", birth.Steps[1]);
        Assert.Equal(new ProcedureDocument("Tờ khai đăng ký khai sinh theo mẫu", 1, 0, null), birth.Documents[0]);
        Assert.Equal("Nếu không có giấy chứng sinh thì nộp văn bản của người làm chứng.", birth.Documents[1].Notes);
        Assert.StartsWith("Ngay trong ngày tiếp nhận hồ sơ; trường hợp", birth.ProcessingTime);
        Assert.Equal([new ProcedureFee("Lệ phí đăng ký khai sinh", "Miễn lệ phí đối với đăng ký khai sinh đúng hạn")], birth.Fees);
        Assert.Equal(("Cá nhân", "Không"), (birth.Applicants, birth.Requirements));
        Assert.Equal([new LegalDocument("60/2014/QH13", "Luật Hộ tịch"),
            new LegalDocument("123/2015/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch")], birth.LegalBasis);
        Assert.Equal("Giấy khai sinh (bản chính)", birth.Result);
        var marriage = await DetailsAsync(connectionString, "HT-02");
        Assert.False(marriage.Sample);
        Assert.Equal((true, true, OnlineService.Partial, null, null), (marriage.AtCenter, marriage.ByPost, marriage.Online, marriage.PortalUrl, marriage.SubmissionNotes));
        Assert.Empty(marriage.Fees);
        Assert.Equal(2, marriage.Documents[1].Copies);
    }

    [Fact]
    public async Task ImportAsync_DetailsTwice_SecondReportsNoChange()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        folder.Keep().WithDetails();
        await ImportAsync(connectionString, folder.Path);
        var before = await CatalogSnapshot.TakeAsync(connectionString);

        var result = await ImportAsync(connectionString, folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var summary = Assert.Single(result.Files);
        Assert.Equal((0, 0, 2), (summary.Added, summary.Changed, summary.Unchanged));
        Assert.Equal(before, await CatalogSnapshot.TakeAsync(connectionString));
    }

    [Fact]
    public async Task ImportAsync_ChangedCopyCount_IsCountedAsChanged()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        folder.Keep().WithDetails();
        await ImportAsync(connectionString, folder.Path);
        folder.WithDetails(t => t.Replace("\"copies\": 2,", "\"copies\": 3,"));

        var result = await ImportAsync(connectionString, folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var summary = Assert.Single(result.Files);
        Assert.Equal((0, 1, 1), (summary.Added, summary.Changed, summary.Unchanged));
        Assert.Equal(3, (await DetailsAsync(connectionString, "HT-02")).Documents[1].Copies);
    }

    [Fact]
    public async Task ImportAsync_ProcedureAbsentFromTheFile_KeepsItsDetails()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        folder.Keep().WithDetails();
        await ImportAsync(connectionString, folder.Path);
        var second = File.ReadAllText(TestPaths.ProcedureDetailsFixture);
        var cut = second.IndexOf("    {\n      \"code\": \"HT-02\"", StringComparison.Ordinal);
        folder.WithDetails(_ => "{ \"procedures\": [\n" + second[cut..]);

        var result = await ImportAsync(connectionString, folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal((0, 0, 1), (result.Files[0].Added, result.Files[0].Changed, result.Files[0].Unchanged));
        Assert.Equal("Giấy khai sinh (bản chính)", (await DetailsAsync(connectionString, "HT-01")).Result);
    }

    [Fact]
    public async Task ImportAsync_DetailsOfAProcedureNewInTheSameImport_AreAdded()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        folder.Keep("procedures.csv").AppendLine("procedures.csv", "HT-99,Đăng ký nhận cha mẹ con,HOTICH,commune,COMMUNE,3")
            .WithDetails(t => t.Replace("\"code\": \"HT-02\"", "\"code\": \"HT-99\""));

        var result = await ImportAsync(connectionString, folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(["procedures.csv", DetailsFile], result.Files.Select(f => f.File));
        Assert.Equal("Giấy chứng nhận kết hôn", (await DetailsAsync(connectionString, "HT-99")).Result);
    }

    public static TheoryData<string, string, string, string, string> BadDetails => new()
    {
        { "unknown code", "\"code\": \"HT-02\"", "\"code\": \"HT-98\"", "code", "Unknown procedure code 'HT-98'" },
        { "duplicate code", "\"code\": \"HT-02\"", "\"code\": \"HT-01\"", "code", "Duplicate code 'HT-01' (already on line 4)" },
        { "http address", "\"portalUrl\": \"https://", "\"portalUrl\": \"http://", "submission.portalUrl", "absolute URL starting with https://" },
        { "too many copies", "\"copies\": 2,", "\"copies\": 25,", "documents[1].copies", "whole number from 0 to 20" },
        { "bad choice", "\"online\": \"partial\"", "\"online\": \"sometimes\"", "submission.online", "Invalid value 'sometimes'" },
        { "control character", "\"applicants\": \"Cá nhân\"", "\"applicants\": \"Cá\\u0007 nhân\"", "applicants", "control character" },
        { "control character in a step", "\"Trả Giấy khai sinh", "\"Trả\\u0000 Giấy khai sinh", "steps[2]", "control character" },
        { "empty value", "\"requirements\": \"Không\"", "\"requirements\": \"  \"", "requirements", "Field 'requirements' must not be empty" },
        { "too long", "\"agency\": \"Ủy ban nhân dân cấp xã\"", "\"agency\": \"" + new string('x', 301) + "\"", "agency", "longer than 300" },
        { "unknown field", "\"portalUrl\": null", "\"portalLink\": null", "submission.portalLink", "Unknown field 'submission.portalLink'" },
        { "wrong type", "\"sample\": true", "\"sample\": \"có\"", "sample", "Field 'sample' must be true or false" },
        { "null where a flag is required", "\"byPost\": true", "\"byPost\": null", "submission.byPost", "Field 'submission.byPost' must be true or false" },
    };

    [Theory]
    [MemberData(nameof(BadDetails))]
    public async Task ImportAsync_BadDetails_IsRejectedWithItsPlaceAndChangesNothing(string kind, string find, string replace, string field, string messageEn)
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        // Valid changes beside the bad value, in a CSV file and in the details: neither may be applied.
        folder.ReplaceLine("centers.csv", 2, l => l.Replace("tỉnh Quảng Trị", "tỉnh Quảng Trị (mới)"));
        folder.WithDetails(t => ReplaceFirst(t, find, replace).Replace("Giấy khai sinh (bản chính)", "Giấy khai sinh"));
        var before = await CatalogSnapshot.TakeAsync(connectionString);

        var result = await ImportAsync(connectionString, folder.Path);

        Assert.False(result.Succeeded, kind);
        var error = Assert.Single(result.Errors);
        Assert.Equal((DetailsFile, FixtureLine(find), field), (error.File, error.Line, error.Column));
        Assert.Contains(messageEn, error.MessageEn);
        Assert.NotEqual(error.MessageEn, error.MessageVi);
        Assert.Equal(before, await CatalogSnapshot.TakeAsync(connectionString));
    }

    [Fact]
    public async Task ImportAsync_MalformedJson_IsRejectedWithTheLine()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        folder.WithDetails(t => ReplaceFirst(t, "\"byPost\": false,", "\"byPost\": false"));
        var before = await CatalogSnapshot.TakeAsync(connectionString);

        var result = await ImportAsync(connectionString, folder.Path);

        var error = Assert.Single(result.Errors);
        // The missing comma shows on the next line, where the reader meets "online".
        Assert.Equal((DetailsFile, FixtureLine("\"byPost\": false,") + 1, null), (error.File, error.Line, error.Column));
        Assert.Contains("Invalid JSON syntax", error.MessageEn);
        Assert.Contains("sai cú pháp", error.MessageVi);
        Assert.Equal(before, await CatalogSnapshot.TakeAsync(connectionString));
    }

    [Fact]
    public async Task ImportAsync_MissingRequiredField_NamesItOnTheRecordLine()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        folder.Keep().WithDetails(t => t.Replace(",\n      \"result\": \"Giấy chứng nhận kết hôn\"", ""));

        var result = await ImportAsync(connectionString, folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal((DetailsFile, FixtureLine("\"code\": \"HT-02\"") - 1, "result"), (error.File, error.Line, error.Column));
        Assert.Contains("Missing required field 'result'", error.MessageEn);
    }

    [Fact]
    public async Task ImportAsync_DetailsNotUtf8_IsRejected()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        folder.Keep();
        File.WriteAllBytes(Path.Combine(folder.Path, DetailsFile),
            System.Text.Encoding.Latin1.GetBytes("{\n  \"procedures\": [ { \"code\": \"HT-01\", \"agency\": \"\u00dcy ban\" } ]\n}\n"));

        var result = await ImportAsync(connectionString, folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal((DetailsFile, 2), (error.File, error.Line));
    }

    [Fact]
    public async Task ImportAsync_RecordNotAnObject_IsRejectedWithItsLine()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        folder.Keep().WithDetails(_ => "{\n  \"procedures\": [\n    \"HT-01\"\n  ]\n}\n");

        var result = await ImportAsync(connectionString, folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal((DetailsFile, 3, null), (error.File, error.Line, error.Column));
        Assert.Contains("'procedures[0]' must be an object", error.MessageEn);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, find);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
