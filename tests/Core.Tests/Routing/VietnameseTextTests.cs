using CchcFeedback.Core.Routing;

namespace CchcFeedback.Core.Tests.Routing;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Đăng ký khai sinh", "dang ky khai sinh")]
    [InlineData("ĐỒNG HỚI, Đông Hà", "dong hoi dong ha")]
    [InlineData("Tiếng Việt (tổ hợp): Hồ sơ", "tieng viet to hop ho so")]
    [InlineData("ko dc j, cb bảo hs thiếu", "khong duoc gi can bo bao ho so thieu")]
    [InlineData("Ủy ban nhân dân xã", "ubnd xa")]
    [InlineData("  ", "")]
    public void Fold_Text_GivesTheComparableForm(string text, string expected)
    {
        Assert.Equal(expected, VietnameseText.Fold(text));
    }

    [Fact]
    public void Fold_PrecomposedAndDecomposedForms_AreEqual()
    {
        const string Precomposed = "Hồ sơ đất đai";

        Assert.Equal(VietnameseText.Fold(Precomposed), VietnameseText.Fold(Precomposed.Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Fact]
    public void FirstIn_PhraseInsideAnotherWord_DoesNotMatch()
    {
        var phrases = new PhraseList("phí");

        Assert.Equal("phi", phrases.FirstIn(VietnameseText.Fold("lệ phí cao")));
        Assert.Null(phrases.FirstIn(VietnameseText.Fold("phiếu lý lịch")));
    }
}
