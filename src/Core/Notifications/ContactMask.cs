namespace CchcFeedback.Core.Notifications;

/// <summary>What logs and the outbox may show of a citizen's address: enough to tell two apart, never the whole.</summary>
public static class ContactMask
{
    /// <summary>The last three digits only: <c>0912345678</c> → <c>*******678</c>.</summary>
    public static string Phone(string phone)
    {
        var digits = phone.Where(char.IsAsciiDigit).ToArray();
        return digits.Length <= 3 ? "***" : new string('*', digits.Length - 3) + new string(digits[^3..]);
    }

    /// <summary>The first letter and the top-level domain: <c>binh.tran@example.vn</c> → <c>b***@***.vn</c>
    /// (a domain can be a family name).</summary>
    public static string Email(string email)
    {
        var at = email.LastIndexOf('@');
        var dot = email.LastIndexOf('.');
        var first = at > 0 ? email[..1] : "";
        var topLevel = dot > at && at >= 0 ? email[dot..] : "";
        return $"{first}***@***{topLevel}";
    }

    /// <summary>The mask for the channel's kind of address: an e-mail address as e-mail; a phone number, or a chat
    /// platform's user id (Zalo's and Messenger's are digits), by its last three digits.</summary>
    public static string Of(OutboxChannel channel, string address) => channel == OutboxChannel.Email ? Email(address) : Phone(address);
}
