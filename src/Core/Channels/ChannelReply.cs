using System.Text;
using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Touchpoints;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Channels;

/// <summary>A message to send on a channel: the text (links already absolute) and the quick replies.</summary>
public sealed record ChannelReply(string Text, IReadOnlyList<AssistantChoice> Choices);

/// <summary>Turns the assistant's replies, and the channel's own messages, into what a channel sends. Text is
/// Vietnamese only: a chat platform has no language switch, and the assistant quotes the catalog's Vietnamese.</summary>
public class ChannelReplies(IOptions<PublicSiteOptions> site)
{
    /// <summary>The menu every channel offers, the web chat's (<see cref="AssistantMenu"/>).</summary>
    public static IReadOnlyList<AssistantChoice> Menu => AssistantMenu.Choices;

    public ChannelReply Greeting() => new(AssistantMenu.Greeting, Menu);

    public ChannelReply Cancelled() => new("Đã hủy; nội dung ông/bà nhập dở đã được xóa. Ông/bà cần gì tiếp theo?", Menu);

    public ChannelReply AskAQuestion() => new(
        "Xin nhập câu hỏi về thủ tục hành chính, ví dụ: làm giấy khai sinh cho con cần giấy tờ gì? Xin đừng ghi số điện thoại hay địa chỉ.", []);

    /// <summary>A path of the public site as a link to send (<c>/track?code=…</c>).</summary>
    public string Link(string path) => Absolute(path);

    /// <summary>How the channel is called in what people read.</summary>
    public static string NameOf(string channel) => channel == ChannelNames.Facebook ? "Messenger" : "Zalo";

    public ChannelReply PhoneLinked(int petitions) => new(petitions == 0
        ? "Cảm ơn ông/bà đã chia sẻ số điện thoại. Thông báo về các phản ánh ông/bà gửi sau này sẽ được gửi qua Zalo."
        : $"Cảm ơn ông/bà. Số điện thoại đã được liên kết với {petitions} phản ánh, kiến nghị; thông báo về các phản ánh này sẽ được gửi qua Zalo.", []);

    public ChannelReply Unreadable() => new("Xin lỗi, hiện chúng tôi chỉ đọc được tin nhắn văn bản. Ông/bà vui lòng nhập câu hỏi bằng chữ.", Menu);

    public ChannelReply From(AssistantReply reply)
    {
        var text = new StringBuilder(reply.Text.Trim());
        foreach (var link in reply.Links)
        {
            text.Append('\n').Append(link.Label).Append(": ").Append(Absolute(link.Url));
        }
        return new ChannelReply(text.ToString(), reply.Choices);
    }

    /// <summary>For channels without buttons: the choices as lines the person can type back.</summary>
    public static string WithChoicesAsText(ChannelReply reply) =>
        reply.Choices.Count == 0
            ? reply.Text
            : reply.Text + "\n\nÔng/bà có thể nhắn:\n" + string.Join("\n", reply.Choices.Select(c => $"• {c.Text}"));

    /// <summary>Only an http(s) address is already absolute: on Linux "/thu-tuc/HT-01" parses as an absolute file path.</summary>
    private string Absolute(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? url : $"{site.Value.BaseUrl.TrimEnd('/')}/{url.TrimStart('/')}";
}
