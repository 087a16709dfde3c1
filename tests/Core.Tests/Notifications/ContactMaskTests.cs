using CchcFeedback.Core.Notifications;

namespace CchcFeedback.Core.Tests.Notifications;

public class ContactMaskTests
{
    [Theory]
    [InlineData("0912345678", "*******678")]
    [InlineData("+84 912 345 678", "********678")]
    [InlineData("12", "***")]
    public void Phone_Number_KeepsTheLastThreeDigitsOnly(string phone, string masked)
    {
        Assert.Equal(masked, ContactMask.Phone(phone));
    }

    [Theory]
    [InlineData("binh.tran@example.vn", "b***@***.vn")]
    [InlineData("an@nguyenfamily.com.vn", "a***@***.vn")]
    [InlineData("not-an-address", "***@***")]
    public void Email_Address_KeepsTheFirstLetterAndTopLevelDomainOnly(string email, string masked)
    {
        Assert.Equal(masked, ContactMask.Email(email));
    }
}
