using System.ComponentModel.DataAnnotations;
using CchcFeedback.Core.Calendar;

namespace CchcFeedback.Web.Pages.Manage.Calendar;

/// <summary>A manager's edit of one day, as the form posts it.</summary>
public class CalendarDayInput
{
    [Required(ErrorMessage = "Xin chọn ngày.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Xin chọn loại điều chỉnh.")]
    public CalendarAdjustmentKind? Kind { get; set; }

    [Required(ErrorMessage = "Xin ghi lý do (ví dụ: số văn bản thông báo lịch nghỉ).")]
    [StringLength(CalendarDay.NoteMaxLength, ErrorMessage = "Lý do dài quá 200 ký tự.")]
    public string? Note { get; set; }
}
