using System.Text;
using CchcFeedback.Core.Channels.Facebook;
using CchcFeedback.Core.Channels.Zalo;

namespace CchcFeedback.Core.Tests.Channels;

/// <summary>The expected signatures were computed outside .NET, with <c>sha256sum</c> and <c>openssl dgst -hmac</c>
/// over the strings the platforms' documentation says they sign.</summary>
public class ChannelSignatureTests
{
    private const string ZaloBody = """{"event_name":"follow","timestamp":"1733550000000"}""";
    private const string ZaloMac = "mac=3eb52dcaee03eb878df6aaf02138f0b4d8818085f8e66cb9584779d1c42233b7";
    private const string FacebookBody = """{"object":"page","entry":[]}""";
    private const string FacebookMac = "sha256=e8ee47f5acc72f7aeb53e110d2d8cc0ecb32b71e226d9eaa1e4b3381e831927f";

    [Fact]
    public void ZaloIsValid_AppIdBodyTimestampAndOaKey_MatchesSha256sum()
    {
        var valid = ZaloSignature.IsValid(ZaloMac, "4291763606161179100", ZaloBody, "1733550000000", "zalo-oa-secret-key-for-tests");

        Assert.True(valid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("3eb52dcaee03eb878df6aaf02138f0b4d8818085f8e66cb9584779d1c42233b7")]
    [InlineData("mac=3eb52dcaee03eb878df6aaf02138f0b4d8818085f8e66cb9584779d1c42233b8")]
    public void ZaloIsValid_MissingOrAltered_IsFalse(string? header)
    {
        var valid = ZaloSignature.IsValid(header, "4291763606161179100", ZaloBody, "1733550000000", "zalo-oa-secret-key-for-tests");

        Assert.False(valid);
    }

    [Fact]
    public void ZaloIsValid_BodyChangedByOneCharacter_IsFalse()
    {
        var valid = ZaloSignature.IsValid(ZaloMac, "4291763606161179100", ZaloBody.Replace("follow", "fellow", StringComparison.Ordinal), "1733550000000",
            "zalo-oa-secret-key-for-tests");

        Assert.False(valid);
    }

    [Fact]
    public void FacebookIsValid_HmacOfTheRawBody_MatchesOpenssl()
    {
        var valid = FacebookSignature.IsValid(FacebookMac, Encoding.UTF8.GetBytes(FacebookBody), "facebook-app-secret-for-tests");

        Assert.True(valid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("sha1=e8ee47f5acc72f7aeb53e110d2d8cc0ecb32b71e226d9eaa1e4b3381e831927f")]
    [InlineData("sha256=e8ee47f5acc72f7aeb53e110d2d8cc0ecb32b71e226d9eaa1e4b3381e831927e")]
    public void FacebookIsValid_MissingOrAltered_IsFalse(string? header)
    {
        var valid = FacebookSignature.IsValid(header, Encoding.UTF8.GetBytes(FacebookBody), "facebook-app-secret-for-tests");

        Assert.False(valid);
    }
}
