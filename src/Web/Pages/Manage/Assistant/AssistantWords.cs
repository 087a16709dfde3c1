using CchcFeedback.Core.Assistant;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Manage.Assistant;

/// <summary>Plain Vietnamese (English through the resx) for what the assistant understood and did.</summary>
public static class AssistantWords
{
    public static string Channel(IStringLocalizer l, AssistantChannel channel) => channel switch
    {
        AssistantChannel.Web => l["Trang web"],
        AssistantChannel.Zalo => l["Zalo"],
        AssistantChannel.Facebook => l["Facebook"],
        _ => l["Ứng dụng (API)"],
    };

    public static string Intent(IStringLocalizer l, AssistantIntent intent) => intent switch
    {
        AssistantIntent.Procedure => l["Hỏi về thủ tục"],
        AssistantIntent.Track => l["Tra cứu phản ánh"],
        AssistantIntent.Petition => l["Gửi phản ánh"],
        AssistantIntent.Rate => l["Đánh giá"],
        _ => l["Ngoài phạm vi"],
    };

    public static string Outcome(IStringLocalizer l, AssistantOutcome outcome) => outcome switch
    {
        AssistantOutcome.Answered => l["Đã trả lời"],
        AssistantOutcome.Clarifying => l["Hỏi lại để chọn"],
        _ => l["Không trả lời được"],
    };
}
