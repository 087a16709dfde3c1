using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Routing.Recognition;

namespace CchcFeedback.Core.Tests.Routing;

/// <summary>A phản ánh that contests a decision is a khiếu nại; one that denounces a violation is a tố cáo;
/// both go to the inspectorate (ROUTING.md rule 1, PETITIONS.md).</summary>
[Collection(RoutingCollection.Name)]
public class KindRecognitionTests(SampleCatalogRouter sample)
{
    [Fact]
    public void Route_ContestsASpecificDecision_IsKhieuNaiAtTheInspectorate()
    {
        var decision = sample.Route("TT_DONGHA", "TT_DONGHA-DDXD", null, "Không đồng ý quyết định xử phạt",
            "Tôi không đồng ý với quyết định xử phạt hành chính số 12/QĐ-XPHC của UBND phường vì tôi xây đúng giấy phép.");

        Assert.Equal((PetitionKind.KhieuNai, "THANHTRA", RoutingRule.Integrity), (decision.Kind, decision.DepartmentCode, decision.Rule));
        Assert.Contains("quyet dinh", decision.KindCue);
    }

    [Fact]
    public void Route_DenouncesAViolation_IsToCaoAtTheInspectorate()
    {
        var decision = sample.Route(null, null, null, "Tố cáo cán bộ", "Tôi tố cáo kế toán xã ăn chặn tiền hỗ trợ hộ nghèo của thôn tôi.");

        Assert.Equal((PetitionKind.ToCao, "THANHTRA", RoutingRule.Integrity), (decision.Kind, decision.DepartmentCode, decision.Rule));
    }

    [Fact]
    public void Route_OrdinaryDelay_KeepsTheKindAsFiled()
    {
        var decision = sample.Router.Route(new RoutingRequest("TT_KHESANH", "TT_KHESANH-HTCT", "HT-01", "Chậm trả kết quả",
            "Hồ sơ khai sinh của tôi bị trễ hẹn ba ngày.", PetitionKind.KienNghi));

        Assert.Equal(PetitionKind.KienNghi, decision.Kind);
        Assert.Null(decision.KindCue);
    }

    [Theory]
    [InlineData("Đề nghị xem xét lại quyết định thu hồi đất số 88 vì diện tích thu hồi không đúng thực tế.", PetitionKind.KhieuNai)]
    [InlineData("qd xu phat toi la khong dung quy dinh, de nghi huy qd", PetitionKind.KhieuNai)]
    [InlineData("Tôi tố giác cán bộ địa chính làm giả hồ sơ cấp sổ đỏ.", PetitionKind.ToCao)]
    [InlineData("Hồ sơ của tôi đến nay chưa có quyết định giao đất, đề nghị xem xét lại tiến độ.", PetitionKind.PhanAnh)]
    [InlineData("Tôi muốn khiếu nại vì hồ sơ trễ hẹn hai tuần.", PetitionKind.PhanAnh)]
    public void Recognise_Text_GivesTheKindItShould(string text, PetitionKind expected)
    {
        Assert.Equal(expected, KindRecogniser.Recognise(VietnameseText.Fold(text), PetitionKind.PhanAnh).Kind);
    }

    [Fact]
    public void Recognise_EveryOwnExampleWithAKind_IsRecognisedAsThatKind()
    {
        var labelled = RoutingExampleFile.BuiltIn().Where(e => e.Kind is not null).ToList();

        Assert.NotEmpty(labelled);
        Assert.All(labelled, e => Assert.Equal(e.Kind, KindRecogniser.Recognise(SubjectRecogniserTrainer.Fold(e), PetitionKind.PhanAnh).Kind));
    }
}
