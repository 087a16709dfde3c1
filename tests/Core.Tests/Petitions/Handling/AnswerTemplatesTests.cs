using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Petitions.Handling;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Tests.Petitions.Handling;

public class AnswerTemplatesTests(DatabaseFixture database) : HandlingTestClass(database)
{
    private async Task<int> FieldIdAsync(string code)
    {
        await using var db = Database.CreateDbContext();
        return await db.Fields.Where(f => f.Code == code).Select(f => f.Id).FirstAsync();
    }

    private async Task<DepartmentScope> ScopeOfAsync(string departmentCode) => (await Services.StaffOfAsync(Guid.Empty, departmentCode)).Scope;

    [Fact]
    public async Task ForAsync_TemplatesOfTheFieldAndForAnyField_ButNotOtherFieldsOrDepartments()
    {
        var justice = await Services.DepartmentIdAsync("SO_TP");
        var construction = await Services.DepartmentIdAsync("SO_XD");
        await using var db = Database.CreateDbContext();
        var fields = await db.Fields.OrderBy(f => f.Id).Select(f => f.Id).Take(2).ToListAsync();
        var scope = DepartmentScope.Everything;
        async Task SaveAsync(int department, int? field, string title) =>
            Assert.Equal(PetitionActionOutcome.Done, (await Services.RunAsync<AnswerTemplates, PetitionActionResult>(t =>
                t.SaveAsync(null, new AnswerTemplateInput(department, field, title, "Kính gửi ông/bà, Sở đã tiếp nhận và trả lời như sau: ..."), "can-bo@so.test", scope))).Outcome);
        await SaveAsync(justice, fields[0], "Mẫu của lĩnh vực");
        await SaveAsync(justice, null, "Mẫu chung");
        await SaveAsync(justice, fields[1], "Mẫu lĩnh vực khác");
        await SaveAsync(construction, null, "Mẫu của Sở Xây dựng");

        var offered = await Services.RunAsync<AnswerTemplates, List<AnswerTemplateItem>>(t => t.ForAsync(justice, fields[0]));

        Assert.Equal(["Mẫu chung", "Mẫu của lĩnh vực"], offered.Select(t => t.Title).Order());
    }

    [Fact]
    public async Task SaveAsync_ForAnotherDepartment_NotFoundAndNothingSaved()
    {
        var construction = await Services.DepartmentIdAsync("SO_XD");
        var scope = await ScopeOfAsync("SO_TP");

        var result = await Services.RunAsync<AnswerTemplates, PetitionActionResult>(t =>
            t.SaveAsync(null, new AnswerTemplateInput(construction, null, "Mẫu lạ", "Nội dung mẫu đủ dài để được lưu lại."), "can-bo@so.test", scope));

        Assert.Equal(PetitionActionOutcome.NotFound, result.Outcome);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.AnswerTemplates.AnyAsync(t => t.Title == "Mẫu lạ"));
    }

    [Fact]
    public async Task SaveAsync_EmptyNameAndShortText_FieldErrorsInVietnamese()
    {
        var justice = await Services.DepartmentIdAsync("SO_TP");

        var result = await Services.RunAsync<AnswerTemplates, PetitionActionResult>(t =>
            t.SaveAsync(null, new AnswerTemplateInput(justice, null, "", "Ngắn."), "can-bo@so.test", DepartmentScope.Everything));

        Assert.Equal(PetitionActionOutcome.Invalid, result.Outcome);
        Assert.Equal(["body", "title"], result.Errors.Select(e => e.Field).Order());
        Assert.Contains(result.Errors, e => e.Message.Vietnamese == "Tên mẫu không được để trống.");
    }

    [Fact]
    public async Task SaveAndDelete_OwnTemplate_ChangedThenGone_OtherDepartmentCannotDelete()
    {
        var justice = await Services.DepartmentIdAsync("SO_TP");
        var scope = await ScopeOfAsync("SO_TP");
        await Services.RunAsync<AnswerTemplates, PetitionActionResult>(t =>
            t.SaveAsync(null, new AnswerTemplateInput(justice, null, "Mẫu cũ", "Nội dung mẫu đủ dài để được lưu lại."), "can-bo@so.test", scope));
        var id = (await Services.RunAsync<AnswerTemplates, List<AnswerTemplateItem>>(t => t.ListAsync(scope))).Single(t => t.Title == "Mẫu cũ").Id;

        await Services.RunAsync<AnswerTemplates, PetitionActionResult>(t =>
            t.SaveAsync(id, new AnswerTemplateInput(justice, null, "Mẫu mới", "Nội dung mẫu mới đủ dài để được lưu lại."), "can-bo@so.test", scope));
        var construction = await ScopeOfAsync("SO_XD");
        var otherDeletes = await Services.RunAsync<AnswerTemplates, bool>(t => t.DeleteAsync(id, construction));
        var renamed = await Services.RunAsync<AnswerTemplates, AnswerTemplateItem?>(t => t.FindAsync(id, scope));
        var deleted = await Services.RunAsync<AnswerTemplates, bool>(t => t.DeleteAsync(id, scope));

        Assert.Equal("Mẫu mới", renamed!.Title);
        Assert.False(otherDeletes);
        Assert.True(deleted);
        Assert.Null(await Services.RunAsync<AnswerTemplates, AnswerTemplateItem?>(t => t.FindAsync(id, scope)));
    }
}
