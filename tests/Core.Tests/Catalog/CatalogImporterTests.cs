using CchcFeedback.Core.Catalog.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CchcFeedback.Core.Tests.Catalog;

public class CatalogImporterTests
{
    private static async Task<CatalogImportResult> ImportAsync(string connectionString, string directory)
    {
        await using var db = TestDatabase.CreateDbContext(connectionString);
        return await TestDatabase.Importer(db).ImportAsync(directory);
    }

    /// <summary>The records of a sample file: data lines of a CSV file, or the procedures of the details file.</summary>
    private static int DataLines(string file) => file.EndsWith(".json", StringComparison.Ordinal)
        ? System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SampleCatalog, file))).RootElement.GetProperty("procedures").GetArrayLength()
        : File.ReadAllLines(Path.Combine(TestPaths.SampleCatalog, file)).Skip(1).Count(l => l.Trim().Length > 0);

    [Fact]
    public async Task ImportAsync_SampleIntoEmptyDatabase_CountsEqualTheFiles()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);

        var result = await ImportAsync(connectionString, TestPaths.SampleCatalog);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(DataLines("departments.csv"), await CatalogSnapshot.CountAsync(connectionString, "departments"));
        Assert.Equal(DataLines("fields.csv"), await CatalogSnapshot.CountAsync(connectionString, "fields"));
        Assert.Equal(DataLines("centers.csv"), await CatalogSnapshot.CountAsync(connectionString, "service_centers"));
        Assert.Equal(DataLines("counters.csv"), await CatalogSnapshot.CountAsync(connectionString, "counters"));
        Assert.Equal(DataLines("procedures.csv"), await CatalogSnapshot.CountAsync(connectionString, "procedures"));
        Assert.All(result.Files, f => Assert.Equal(DataLines(f.File), f.Added));
        Assert.Equal(10, await CatalogSnapshot.CountAsync(connectionString, "service_centers"));
    }

    [Fact]
    public async Task ImportAsync_Sample_KeepsVietnameseTextAndRelations()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);

        await ImportAsync(connectionString, TestPaths.SampleCatalog);

        await using var db = TestDatabase.CreateDbContext(connectionString);
        var center = await db.ServiceCenters.Include(c => c.CommuneDepartment).SingleAsync(c => c.Code == "TT_CONCO");
        Assert.Equal("Trung tâm Phục vụ hành chính công đặc khu Cồn Cỏ", center.NameVi);
        Assert.Equal("UBND_CONCO", center.CommuneDepartment!.Code);
        var counter = await db.Counters.Include(c => c.Fields).Include(c => c.Department).SingleAsync(c => c.Code == "TT_TINH-TP");
        Assert.Equal("SO_TP", counter.Department.Code);
        Assert.Equal(["CHUNGTHUC", "HOTICH", "LLTP"], counter.Fields.Select(f => f.Code).Order());
        var birth = await db.Procedures.SingleAsync(p => p.Code == "HT-01");
        Assert.True(birth.HandledByCommune);
        Assert.Null(birth.DepartmentId);
        var triage = await db.Departments.Include(d => d.Parent).SingleAsync(d => d.Code == "VP_HCTC");
        Assert.Equal(CchcFeedback.Core.Catalog.DepartmentRole.Triage, triage.Role);
        Assert.Equal("VP_UBND", triage.Parent!.Code);
    }

    [Fact]
    public async Task ImportAsync_SameFilesTwice_SecondChangesNothing()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        var before = await CatalogSnapshot.TakeAsync(connectionString);

        var result = await ImportAsync(connectionString, TestPaths.SampleCatalog);

        Assert.True(result.Succeeded);
        Assert.All(result.Files, f =>
        {
            Assert.Equal(0, f.Added);
            Assert.Equal(0, f.Changed);
            Assert.Equal(DataLines(f.File), f.Unchanged);
        });
        Assert.Equal(before, await CatalogSnapshot.TakeAsync(connectionString));
    }

    [Fact]
    public async Task ImportAsync_BomExtraColumnsAndMoreRows_AddsOnlyTheNewRow()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        var lines = folder.Lines("departments.csv").Select((l, i) => l + (i == 0 ? ",ghi_chu" : ",x")).ToList();
        lines.Add("SO_NGOAIVU,Sở Ngoại vụ,Department of Foreign Affairs,province,department,,,mới");
        folder.Keep("departments.csv").Write("departments.csv", lines, withBom: true);

        var result = await ImportAsync(connectionString, folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var summary = Assert.Single(result.Files);
        Assert.Equal((1, 0, 25), (summary.Added, summary.Changed, summary.Unchanged));
        await using var db = TestDatabase.CreateDbContext(connectionString);
        Assert.Equal("Sở Ngoại vụ", (await db.Departments.SingleAsync(d => d.Code == "SO_NGOAIVU")).NameVi);
        Assert.Equal("VP_HCTC", (await db.Departments.SingleAsync(d => d.Code == "VP_HCTC")).Code);
    }

    [Fact]
    public async Task ImportAsync_ChangedNameAndCounterFields_ReportsThemAsChanged()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        folder.ReplaceLine("centers.csv", 2, l => l.Replace("Trung tâm Phục vụ Hành chính công tỉnh Quảng Trị", "Trung tâm PVHCC tỉnh Quảng Trị"));
        folder.ReplaceLine("counters.csv", 2, l => l.Replace("HOTICH;CHUNGTHUC;LLTP", "HOTICH;LLTP"));

        var result = await ImportAsync(connectionString, folder.Path);

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Files.Single(f => f.File == "centers.csv").Changed);
        Assert.Equal(1, result.Files.Single(f => f.File == "counters.csv").Changed);
        Assert.Equal(0, result.Files.Single(f => f.File == "procedures.csv").Changed);
        await using var db = TestDatabase.CreateDbContext(connectionString);
        var counter = await db.Counters.Include(c => c.Fields).SingleAsync(c => c.Code == "TT_TINH-TP");
        Assert.Equal(["HOTICH", "LLTP"], counter.Fields.Select(f => f.Code).Order());
    }

    public static TheoryData<string, Action<CatalogFolder>, string, int, string?, string> BadRows => new()
    {
        {
            "unknown department", f => f.AppendLine("counters.csv", "TT_TINH-XX,TT_TINH,Quầy thử,SO_KHONGCO,HOTICH"),
            "counters.csv", 60, "department_code", "Unknown department code 'SO_KHONGCO'"
        },
        {
            "duplicate code", f => f.AppendLine("procedures.csv", "HT-01,Đăng ký khai sinh lần hai,HOTICH,commune,COMMUNE,1"),
            "procedures.csv", 46, "code", "Duplicate code 'HT-01' (already on line 2)"
        },
        {
            "missing column", f => f.ReplaceLine("fields.csv", 1, l => l.Replace("province_department", "province_dept")),
            "fields.csv", 1, "province_department", "Missing required column 'province_department'"
        },
        {
            "bad number", f => f.ReplaceLine("procedures.csv", 3, l => l[..l.LastIndexOf(',')] + ",một"),
            "procedures.csv", 3, "processing_days", "'một' is not a whole number"
        },
        {
            "bad level", f => f.ReplaceLine("centers.csv", 4, l => l.Replace(",commune,", ",district,")),
            "centers.csv", 4, "level", "Invalid value 'district'"
        },
        {
            "unknown field in a list", f => f.ReplaceLine("counters.csv", 3, l => l.Replace("DATDAI;", "DATDAl;")),
            "counters.csv", 3, "field_codes", "Unknown field code 'DATDAl'"
        },
        {
            "empty required value", f => f.ReplaceLine("departments.csv", 6, l => l.Replace("Sở Nội vụ", "")),
            "departments.csv", 6, "name_vi", "Column 'name_vi' must not be empty"
        },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task ImportAsync_BadRow_IsRejectedWithItsPlaceAndChangesNothing(
        string kind, Action<CatalogFolder> spoil, string file, int line, string? column, string messageEn)
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        // A valid change beside the bad row: it must not be applied either.
        folder.ReplaceLine("centers.csv", 2, l => l.Replace("tỉnh Quảng Trị", "tỉnh Quảng Trị (mới)"));
        spoil(folder);
        var before = await CatalogSnapshot.TakeAsync(connectionString);

        var result = await ImportAsync(connectionString, folder.Path);

        Assert.False(result.Succeeded, kind);
        var error = Assert.Single(result.Errors);
        Assert.Equal((file, line, column), (error.File, error.Line, error.Column));
        Assert.Contains(messageEn, error.MessageEn);
        Assert.False(string.IsNullOrWhiteSpace(error.MessageVi));
        Assert.NotEqual(error.MessageEn, error.MessageVi);
        Assert.Equal(before, await CatalogSnapshot.TakeAsync(connectionString));
    }

    [Fact]
    public async Task ImportAsync_FileNotUtf8_IsRejected()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        using var folder = new CatalogFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "centers.csv"),
            System.Text.Encoding.Latin1.GetBytes("code,name_vi,level,commune_department,address\nTT_X,Trung t\u00e2m,province,,\n"));

        var result = await ImportAsync(connectionString, folder.Path);

        Assert.Contains(result.Errors, e => e.File == "centers.csv" && e.MessageEn.Contains("UTF-8"));
        Assert.Equal(0, await CatalogSnapshot.CountAsync(connectionString, "departments"));
    }

    [Fact]
    public async Task ImportAsync_FolderWithoutCatalogFiles_IsRejected()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.Migrated);
        using var folder = new CatalogFolder();
        folder.Keep();

        var result = await ImportAsync(connectionString, folder.Path);

        Assert.False(result.Succeeded);
        Assert.Contains("none of the catalog files", Assert.Single(result.Errors).MessageEn);
    }

    [Fact]
    public async Task ImportAsync_OnlyProceduresFile_ResolvesCodesAlreadyInTheDatabase()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        using var folder = new CatalogFolder();
        folder.Keep("procedures.csv").AppendLine("procedures.csv", "DD-99,Đăng ký biến động đất đai,DATDAI,province,SO_NNMT,10");

        var result = await ImportAsync(connectionString, folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(1, Assert.Single(result.Files).Added);
    }
}
