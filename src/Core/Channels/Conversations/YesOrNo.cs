using CchcFeedback.Core.Routing;

namespace CchcFeedback.Core.Channels.Conversations;

/// <summary>How people answer a yes-or-no question in a chat: not only the buttons' words ("Đồng ý", "Không") but
/// "có", "vâng", "dạ", "ok", "ko"…, with or without accents.</summary>
public static class YesOrNo
{
    private static readonly HashSet<string> Yes = new(StringComparer.Ordinal)
    {
        "co", "dong y", "vang", "da", "u", "uh", "ok", "oke", "okay", "yes", "duoc", "co a", "vang a", "da vang", "dong y a", "co dong y",
    };

    private static readonly HashSet<string> No = new(StringComparer.Ordinal)
    {
        "khong", "ko", "k", "kg", "no", "khong dong y", "khong a", "thoi",
    };

    /// <summary>True for a yes, false for a no, null for anything else.</summary>
    public static bool? Read(string? text)
    {
        var folded = VietnameseText.Fold(text);
        return Yes.Contains(folded) ? true : No.Contains(folded) ? false : null;
    }
}
