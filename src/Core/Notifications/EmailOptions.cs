using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Notifications;

public class EmailOptions
{
    public const string Section = "Email";

    [Required, EmailAddress]
    public string From { get; set; } = "khong-tra-loi@cchc.quangtri.gov.vn";

    public string FromName { get; set; } = "Góp ý CCHC Quảng Trị";

    /// <summary>SMTP server; when empty, messages are written as .eml files to <see cref="PickupDirectory"/>.</summary>
    public string? SmtpHost { get; set; }

    [Range(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }

    /// <summary>STARTTLS when the server offers it (the default), or none for a local relay.</summary>
    public bool UseTls { get; set; } = true;

    public string PickupDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "cchc-mail");
}
