using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Reports;

/// <summary>The Office's own settings for the reports it files (configuration section "Reports").</summary>
public class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>The governing body above the issuer, first line of the top-left block.</summary>
    [Required]
    public string GoverningBody { get; set; } = "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ";

    /// <summary>The issuing body, second line of the top-left block.</summary>
    [Required]
    public string IssuingBody { get; set; } = "VĂN PHÒNG";

    /// <summary>The place in the date line: "Quảng Trị, ngày ... tháng ... năm ...".</summary>
    [Required]
    public string Place { get; set; } = "Quảng Trị";

    /// <summary>The document number; "{number}" is left blank (dotted) for the clerk to fill, "{year}" is the year.</summary>
    [Required]
    public string NumberPattern { get; set; } = "Số: {number}/BC-VP";

    /// <summary>The signer's authority line and title, e.g. "KT. CHÁNH VĂN PHÒNG" / "PHÓ CHÁNH VĂN PHÒNG".</summary>
    [Required]
    public string SignerAuthority { get; set; } = "CHÁNH VĂN PHÒNG";

    public string? SignerTitle { get; set; }

    public string SignerName { get; set; } = "";

    /// <summary>The "Nơi nhận" lines of the document.</summary>
    public List<string> Recipients { get; set; } =
    [
        "UBND tỉnh (b/c);",
        "Sở Nội vụ;",
        "Lãnh đạo Văn phòng;",
        "Lưu: VT, HCTC.",
    ];

    /// <summary>Who receives the monthly reports by e-mail.</summary>
    public List<string> EmailRecipients { get; set; } = [];
}
