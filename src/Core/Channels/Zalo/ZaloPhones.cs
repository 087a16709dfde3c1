using CchcFeedback.Core.Petitions;

namespace CchcFeedback.Core.Channels.Zalo;

/// <summary>Zalo writes Vietnamese numbers internationally (<c>84912345678</c>); petitions keep the national form
/// (<c>0912345678</c>), whose keyed hash links the two.</summary>
public static class ZaloPhones
{
    public static string? National(string? zaloPhone)
    {
        var digits = new string((zaloPhone ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length >= 11)
        {
            digits = "0" + digits[2..];
        }
        return PetitionValidator.NormalisePhone(digits);
    }

    public static string? International(string? nationalPhone) =>
        PetitionValidator.NormalisePhone(nationalPhone) is { } phone ? "84" + phone[1..] : null;
}
