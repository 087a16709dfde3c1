using CchcFeedback.Core.Petitions;

namespace CchcFeedback.Core.Tests.Petitions;

public class TrackingCodeTests
{
    private const int Codes = 2000;

    [Fact]
    public void New_ManyCodes_AreValidDistinctAndReadable()
    {
        var codes = Enumerable.Range(0, Codes).Select(_ => TrackingCode.New()).ToList();

        Assert.Equal(Codes, codes.Distinct().Count());
        Assert.All(codes, code =>
        {
            Assert.Matches("^PA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{3}$", code);
            Assert.Equal(code, TrackingCode.Normalise(code));
        });
    }

    [Fact]
    public void Normalise_LowerCaseSpacesNoHyphensNoPrefixAndLookalikes_GiveTheSameCode()
    {
        var code = CodeWith('0', '1');
        var bare = code.Replace("-", "")[2..];

        Assert.Equal(code, TrackingCode.Normalise(code.ToLowerInvariant()));
        Assert.Equal(code, TrackingCode.Normalise($"  {code.Replace("-", " ")} "));
        Assert.Equal(code, TrackingCode.Normalise(bare));
        Assert.Equal(code, TrackingCode.Normalise(bare.Replace('0', 'O').Replace('1', 'l')));
    }

    [Fact]
    public void Normalise_EverySingleCharacterTypo_IsRejected()
    {
        var random = new Random(20261126);
        for (var n = 0; n < Codes; n++)
        {
            var symbols = Symbols(TrackingCode.New());
            var position = random.Next(symbols.Length);
            var replacement = TrackingCode.Alphabet[random.Next(TrackingCode.Alphabet.Length)];
            if (replacement == symbols[position])
            {
                continue;
            }
            var typo = symbols.ToCharArray();
            typo[position] = replacement;

            Assert.Null(TrackingCode.Normalise(new string(typo)));
        }
    }

    [Fact]
    public void Normalise_EveryTransposition_IsRejected()
    {
        for (var n = 0; n < Codes / 10; n++)
        {
            var symbols = Symbols(TrackingCode.New());
            for (var i = 0; i < symbols.Length; i++)
            {
                for (var j = i + 1; j < symbols.Length; j++)
                {
                    if (symbols[i] == symbols[j])
                    {
                        continue;
                    }
                    var swapped = symbols.ToCharArray();
                    (swapped[i], swapped[j]) = (swapped[j], swapped[i]);

                    Assert.Null(TrackingCode.Normalise(new string(swapped)));
                }
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("PA-")]
    [InlineData("PA-7KQ3-M9XT")]
    [InlineData("<script>")]
    [InlineData("PA-7KQ3-M9XT-4HRR")]
    public void Normalise_NotACode_ReturnsNull(string? typed) => Assert.Null(TrackingCode.Normalise(typed));

    private static string Symbols(string code) => code.Replace("-", "")[TrackingCode.Prefix.Length..];

    private static string CodeWith(params char[] wanted)
    {
        while (true)
        {
            var code = TrackingCode.New();
            if (wanted.All(code[3..].Contains))
            {
                return code;
            }
        }
    }
}
