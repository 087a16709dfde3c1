using CchcFeedback.Core.Routing;

namespace CchcFeedback.Core.Tests.Routing;

/// <summary>Each rule of ROUTING.md with a case, on the sample catalog of Quảng Trị.</summary>
[Collection(RoutingCollection.Name)]
public class PetitionRouterTests(SampleCatalogRouter sample)
{
    [Fact]
    public void Route_BribeReportedAtLandCounter_GoesToInspectorateNotToCounter()
    {
        var decision = sample.Route("TT_DONGHA", "TT_DONGHA-DDXD", "DD-02", "Cán bộ đòi bồi dưỡng",
            "Cán bộ quầy đất đai bảo tôi phải bồi dưỡng 2 triệu thì hồ sơ cấp sổ đỏ mới xong sớm.");

        Assert.Equal(("THANHTRA", RoutingRule.Integrity), (decision.DepartmentCode, decision.Rule));
        Assert.Equal("boi duong", decision.RuleCue);
    }

    [Fact]
    public void Route_InformalPaymentWithoutReceipt_GoesToInspectorate()
    {
        var decision = sample.Route("TT_TINH", "TT_TINH-CA", null, "Thu tiền không có biên lai",
            "Nhân viên thu thêm 300 nghìn để làm nhanh hồ sơ đổi bằng lái, hỏi biên lai thì nói không có biên lai.");

        Assert.Equal(("THANHTRA", RoutingRule.Integrity), (decision.DepartmentCode, decision.Rule));
    }

    [Fact]
    public void Route_WrongOfficialFee_IsNotABribeAndFollowsTheProcedure()
    {
        var decision = sample.Route("TT_DONGHA", "TT_DONGHA-HTCT", null, "Thu phí chứng thực sai",
            "Quầy chứng thực thu thêm phí sao y 3.000 đồng một trang, cao hơn mức lệ phí quy định, có biên lai ghi rõ.");

        Assert.Equal("UBND_DONGHA", decision.DepartmentCode);
        Assert.NotEqual(RoutingRule.Integrity, decision.Rule);
        Assert.Null(decision.RuleCue);
    }

    [Fact]
    public void Route_PortalSignInFails_GoesToItPortal()
    {
        var decision = sample.Route(null, null, null, "Không đăng nhập được",
            "Tôi không đăng nhập được vào cổng dịch vụ công, hệ thống báo lỗi mật khẩu dù đã đổi mật khẩu.");

        Assert.Equal(("TTDHTT", RoutingRule.Portal), (decision.DepartmentCode, decision.Rule));
        Assert.True(decision.Confidence >= 0.5);
    }

    [Theory]
    [InlineData("TT_TINH", "TTPVHCC")]
    [InlineData("TT_TINH_DH", "TTPVHCC")]
    [InlineData("TT_DONGHA", "UBND_DONGHA")]
    [InlineData("TT_CONCO", "UBND_CONCO")]
    public void Route_CenterParking_GoesToWhoeverOperatesThatCenter(string center, string expected)
    {
        var decision = sample.Route(center, null, null, "Bãi xe chật",
            "Bãi để xe của trung tâm quá chật, không còn chỗ gửi xe máy, phải để ngoài đường.");

        Assert.Equal((expected, RoutingRule.Center), (decision.DepartmentCode, decision.Rule));
    }

    [Fact]
    public void Route_CommuneProcedureCodeAtCommuneCenter_GoesToThatCommune()
    {
        var decision = sample.Route("TT_KHESANH", "TT_KHESANH-HTCT", "HT-01", "Chậm trả kết quả", "Hồ sơ của tôi bị trễ hẹn ba ngày mà không ai báo.");

        Assert.Equal(("UBND_KHESANH", RoutingRule.Procedure), (decision.DepartmentCode, decision.Rule));
    }

    [Theory]
    [InlineData("TT_TINH", "TT_TINH-TP")]
    [InlineData(null, null)]
    public void Route_CommuneProcedureCodeWithNoCommuneKnown_GoesToTheFieldsProvincialDepartment(string? center, string? counter)
    {
        var decision = sample.Route(center, counter, "HT-01", "Chậm trả kết quả", "Hồ sơ của tôi bị trễ hẹn ba ngày mà không ai báo.");

        Assert.Equal(("SO_TP", RoutingRule.Procedure), (decision.DepartmentCode, decision.Rule));
    }

    [Fact]
    public void Route_ProvincialProcedureCodeAtCommuneCenter_GoesToTheProceduresDepartment()
    {
        var decision = sample.Route("TT_DONGHA", "TT_DONGHA-DDXD", "DD-01", "Sang tên chậm", "Hồ sơ của tôi quá hạn mười ngày vẫn chưa có kết quả.");

        Assert.Equal(("SO_NNMT", RoutingRule.Procedure), (decision.DepartmentCode, decision.Rule));
    }

    [Fact]
    public void Route_ProcedureNamedInTextWithoutCode_UsesThatProceduresDepartment()
    {
        // At a commune center the construction field is the commune's, but this procedure is the province's.
        var decision = sample.Route("TT_DONGHA", null, null, "Giấy phép xây dựng công trình",
            "Công ty tôi xin giấy phép xây dựng công trình nhà xưởng đã quá hạn 20 ngày mà chưa có.");

        Assert.Equal(("SO_XD", RoutingRule.Procedure), (decision.DepartmentCode, decision.Rule));
    }

    [Fact]
    public void Route_CommuneHandledFieldAtCommuneCenter_GoesToThatCommune()
    {
        var decision = sample.Route("TT_BADON", null, null, "Cải chính hộ tịch", "Tôi xin cải chính ngày sinh trong giấy khai sinh mà cán bộ hẹn mãi chưa xong.");

        Assert.Equal("UBND_BADON", decision.DepartmentCode);
        Assert.Contains(decision.Rule, new[] { RoutingRule.Field, RoutingRule.Procedure });
    }

    [Fact]
    public void Route_FieldNotHandledByCommunesAtCommuneCenter_GoesToTheProvincialDepartment()
    {
        var decision = sample.Route("TT_BADON", null, null, "Ô nhiễm trại lợn", "Trại lợn gần nhà xả nước thải ra mương, mùi hôi thối nồng nặc cả xóm.");

        Assert.Equal(("SO_NNMT", RoutingRule.Field), (decision.DepartmentCode, decision.Rule));
    }

    [Theory]
    [InlineData("TT_DONGHA", "TT_DONGHA-CA", "CONGAN")]
    [InlineData("TT_TINH", "TT_TINH-TC", "SO_TC")]
    [InlineData("TT_TINH", "TT_TINH-TIEPNHAN", "TTPVHCC")]
    public void Route_StaffAttitudeOnly_GoesToTheCountersDepartment(string center, string counter, string expected)
    {
        var decision = sample.Route(center, counter, null, "Thái độ cán bộ", "Cán bộ ngồi quầy nói năng cộc lốc, quát người dân, không chịu nghe hỏi.");

        Assert.Equal((expected, RoutingRule.CounterStaff), (decision.DepartmentCode, decision.Rule));
    }

    [Fact]
    public void Route_GeneralRemarkOnReform_GoesToTriageDepartmentAsGeneralRemarks()
    {
        var decision = sample.Route(null, null, null, "Góp ý chung", "Tôi đề nghị tỉnh tiếp tục cải cách hành chính, giảm bớt giấy tờ cho người dân.");

        Assert.Equal(("VP_HCTC", RoutingRule.GeneralRemarks), (decision.DepartmentCode, decision.Rule));
        Assert.False(decision.NeedsManualRouting);
    }

    [Fact]
    public void Route_NothingToGoOn_GoesToTriageWithScoredGuesses()
    {
        var decision = sample.Route(null, null, null, "Ý kiến", "Tôi có ý kiến.");

        Assert.True(decision.NeedsManualRouting);
        Assert.Equal(("VP_HCTC", RoutingRule.Triage), (decision.DepartmentCode, decision.Rule));
        Assert.True(decision.Confidence < 0.5);
        Assert.Equal(3, decision.Guesses.Count);
        Assert.Equal(decision.Guesses[0], decision.RunnerUp);
        Assert.Equal(decision.Guesses.OrderByDescending(g => g.Score), decision.Guesses);
        Assert.Equal(decision.Confidence, decision.Guesses[0].Score);
    }

    [Fact]
    public void Route_ConfidentDecision_RecordsTheRunnerUp()
    {
        var decision = sample.Route("TT_BADON", null, null, "Ô nhiễm trại lợn", "Trại lợn gần nhà xả nước thải ra mương, mùi hôi thối nồng nặc cả xóm.");

        Assert.NotNull(decision.RunnerUp);
        Assert.NotEqual(decision.DepartmentCode, decision.RunnerUp.DepartmentCode);
        Assert.True(decision.RunnerUp.Score < decision.Confidence);
    }

    [Fact]
    public void Reasons_ProcedureNamedInText_AreItsWordsAsWrittenForTheRightGuessOnly()
    {
        // No center: the construction field and the procedure are both the provincial department's.
        var request = new RoutingRequest(null, null, null, "Giấy phép xây dựng công trình",
            "Công ty tôi xin giấy phép xây dựng công trình nhà xưởng đã quá hạn 20 ngày mà chưa có.");
        var decision = sample.Router.Route(request);

        var reasons = sample.Router.Reasons(request, decision);

        string[] construction = ["xây", "dựng"];
        Assert.Equal("SO_XD", decision.Guesses[0].DepartmentCode);
        Assert.True(decision.Guesses.Count > 1);
        Assert.Equal(decision.Guesses.Select(g => g.DepartmentCode).Order(), reasons.Keys.Order());
        Assert.All(reasons.Values, words => Assert.True(words.Count <= RoutingReasons.WordCount));
        Assert.NotEmpty(reasons["SO_XD"].Intersect(construction));
        Assert.All(decision.Guesses.Skip(1), other => Assert.Empty(reasons[other.DepartmentCode].Intersect(construction)));
    }
}
