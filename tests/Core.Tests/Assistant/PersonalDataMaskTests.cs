using CchcFeedback.Core.Assistant;

namespace CchcFeedback.Core.Tests.Assistant;

public class PersonalDataMaskTests
{
    [Theory]
    [InlineData("gọi 0912345678 nhé", "gọi [số điện thoại] nhé")]
    [InlineData("sđt 0912 345 678", "sđt [số điện thoại]")]
    [InlineData("gọi +84 912-345-678", "gọi [số điện thoại]")]
    [InlineData("cccd 045123456789", "cccd [số điện thoại]")]
    [InlineData("mail an.le@quangtri.gov.vn ạ", "mail [email] ạ")]
    [InlineData("bàn (024) 3825 1234", "bàn [số điện thoại]")]
    [InlineData("số 0912 - 345 - 678 ạ", "số [số điện thoại] ạ")]
    [InlineData("số 0912. 345. 678", "số [số điện thoại]")]
    [InlineData("số 0912  345 678", "số [số điện thoại]")]
    public void Mask_PhoneNumbersIdNumbersAndEmails_AreReplaced(string text, string expected)
    {
        Assert.Equal(expected, PersonalDataMask.Mask(text));
    }

    [Theory]
    [InlineData("mã PA-7KQ3-M9XT-4HR")]
    [InlineData("thủ tục HT-01, năm 2024, 15 ngày")]
    public void Mask_CodesYearsAndShortNumbers_AreKept(string text)
    {
        Assert.Equal(text, PersonalDataMask.Mask(text));
    }

    [Fact]
    public void Blank_PhoneAndEmail_LeavesTheWordsAround()
    {
        Assert.Equal("gọi   hoặc   nhé", PersonalDataMask.Blank("gọi 0912345678 hoặc an@x.vn nhé"));
    }
}
