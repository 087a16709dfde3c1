using CchcFeedback.Core.Routing;

namespace CchcFeedback.Core.Tests.Routing;

public class IntegrityCuesTests
{
    [Theory]
    [InlineData("Cán bộ gợi ý phải bồi dưỡng thì mới làm nhanh")]
    [InlineData("can bo doi tien moi nhan ho so")]
    [InlineData("Nhân viên thu 200 nghìn, không có biên lai")]
    [InlineData("phải đưa phong bì mới được ký")]
    [InlineData("Cán bộ nhũng nhiễu, gây khó dễ người dân")]
    [InlineData("Người dân phải chịu chi phí không chính thức khi làm sổ đỏ")]
    public void Find_BribeOrHarassment_FindsACue(string text)
    {
        Assert.NotNull(IntegrityCues.Find(VietnameseText.Fold(text)));
    }

    [Theory]
    [InlineData("Quầy thu thêm phí chứng thực cao hơn mức lệ phí quy định")]
    [InlineData("Đề nghị mở lớp bồi dưỡng nghiệp vụ cho giáo viên")]
    [InlineData("Công ty không trả tiền bồi dưỡng độc hại cho công nhân")]
    [InlineData("Thanh toán xong không có biên lai điện tử trên cổng")]
    [InlineData("Tôi muốn góp ý về thời gian giải quyết hồ sơ")]
    [InlineData("Tôi đòi tiền bồi thường đất mấy năm nay chưa được")]
    [InlineData("Xã chưa đưa tiền hỗ trợ lũ lụt cho người dân")]
    [InlineData("Công ty không trả tiền ngoài giờ cho công nhân")]
    public void Find_WrongFeeOrInnocentWords_FindsNothing(string text)
    {
        Assert.Null(IntegrityCues.Find(VietnameseText.Fold(text)));
    }
}
