using CchcFeedback.Core.Routing;

namespace CchcFeedback.Core.Tests.Routing;

/// <summary>Petitions typed without diacritics, informally or with typos route as the careful version does;
/// a department that answered "not ours" is never chosen again.</summary>
[Collection(RoutingCollection.Name)]
public class RoutingRobustnessTests(SampleCatalogRouter sample)
{
    public static TheoryData<string?, string?, string, string, string> Variants => new()
    {
        { null, null, "Không đăng nhập được cổng dịch vụ công", "Tôi không đăng nhập được vào cổng dịch vụ công, hệ thống báo lỗi mật khẩu.", "TTDHTT" },
        { null, null, "khong dang nhap duoc cong dich vu cong", "toi khong dang nhap dc vao cong dich vu cong, he thong bao loi mat khau", "TTDHTT" },
        { null, null, "ko dang nhp dc", "toi ko dang nhpa dc vao cong dvc, he thog bao loi mat khau", "TTDHTT" },
        { "TT_TINH", null, "Bãi xe chật", "Bãi để xe của trung tâm quá chật, không còn chỗ gửi xe máy.", "TTPVHCC" },
        { "TT_TINH", null, "bai xe chat", "bai de xe cua trung tam qua chat, khong con cho gui xe may", "TTPVHCC" },
        { "TT_TINH", null, "bai xe chat", "bai dee xe cua trung tam qua chaat, ko con cho gui xe mayy", "TTPVHCC" },
        { "TT_BADON", null, "Ô nhiễm trại lợn", "Trại lợn gần nhà xả nước thải ra mương, mùi hôi thối nồng nặc cả xóm.", "SO_NNMT" },
        { "TT_BADON", null, "o nhiem trai lon", "trai lon gan nha xa nuoc thai ra muong, mui hoi thoi nong nac ca xom", "SO_NNMT" },
        { "TT_BADON", null, "o nhiem trai lon", "trai lonn gan nha xa nuoc thai ra muong, mui hoi thoi nong nac ca xom!!!", "SO_NNMT" },
        { "TT_DONGHA", "TT_DONGHA-DDXD", "Cán bộ đòi bồi dưỡng", "Cán bộ bảo phải bồi dưỡng hai triệu thì hồ sơ mới xong.", "THANHTRA" },
        { "TT_DONGHA", "TT_DONGHA-DDXD", "can bo doi boi duong", "cb bao phai boi duong 2tr thi hs moi xong", "THANHTRA" },
        { "TT_DONGHA", "TT_DONGHA-DDXD", "CÁN BỘ ĐÒI BỒI DƯỠNG", "CÁN BỘ BẢO PHẢI BỒI DƯỠNG HAI TRIỆU THÌ HỒ SƠ MỚI XONG.", "THANHTRA" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Route_CarefulInformalOrTypoedText_ReachesTheSameDepartment(string? center, string? counter, string title, string text, string expected)
    {
        var decision = sample.Route(center, counter, null, title, text);

        Assert.Equal(expected, decision.DepartmentCode);
        Assert.False(decision.NeedsManualRouting);
    }

    [Fact]
    public void Route_ChosenDepartmentExcluded_ChoosesAnotherOrTriage()
    {
        const string Title = "Ô nhiễm trại lợn";
        const string Text = "Trại lợn gần nhà xả nước thải ra mương, mùi hôi thối nồng nặc cả xóm.";
        var first = sample.Route("TT_BADON", null, null, Title, Text);

        var again = sample.Route("TT_BADON", null, null, Title, Text, first.DepartmentCode);

        Assert.NotEqual(first.DepartmentCode, again.DepartmentCode);
        Assert.DoesNotContain(again.Guesses, g => g.DepartmentCode == first.DepartmentCode);
    }

    [Theory]
    [InlineData("TT_KHESANH", "TT_KHESANH-HTCT", "HT-01", "Chậm trả kết quả", "Hồ sơ của tôi bị trễ hẹn ba ngày mà không ai báo.", "UBND_KHESANH")]
    [InlineData("TT_DONGHA", "TT_DONGHA-DDXD", null, "Cán bộ đòi bồi dưỡng", "Cán bộ bảo phải bồi dưỡng hai triệu thì hồ sơ mới xong.", "THANHTRA")]
    [InlineData("TT_DONGHA", "TT_DONGHA-CA", null, "Thái độ cán bộ", "Cán bộ ngồi quầy nói năng cộc lốc, quát người dân.", "CONGAN")]
    public void Route_DepartmentThatSaidNotOurs_IsNeverChosen(string center, string counter, string? procedure, string title, string text, string excluded)
    {
        var decision = sample.Route(center, counter, procedure, title, text, excluded);

        Assert.NotEqual(excluded, decision.DepartmentCode);
        Assert.NotEqual(excluded, decision.RunnerUp?.DepartmentCode);
    }
}
