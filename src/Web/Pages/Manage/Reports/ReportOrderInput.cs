using System.ComponentModel.DataAnnotations;
using CchcFeedback.Core.Reports;

namespace CchcFeedback.Web.Pages.Manage.Reports;

/// <summary>A Manager's order for a report, as the form posts it. The form's id makes a second post of the same
/// form (a double click, a reload) order nothing more.</summary>
public class ReportOrderInput
{
    [Required(ErrorMessage = "Xin chọn loại kỳ báo cáo.")]
    public ReportPeriodKind? Kind { get; set; }

    [Required(ErrorMessage = "Xin nhập năm.")]
    public int? Year { get; set; }

    /// <summary>The month, quarter or half; not asked for a year.</summary>
    public int? Number { get; set; }

    [Required(ErrorMessage = "Xin chọn phạm vi báo cáo.")]
    public string? Scope { get; set; }

    public bool SendEmail { get; set; }

    public Guid FormId { get; set; }
}
