using System.Globalization;
using System.Text;

namespace CchcFeedback.Core.Petitions.Deadlines;

/// <summary>The Vietnamese e-mails of the escalation job. They name petitions by tracking code, kind and last day
/// only: the citizen's words and identity stay in the system, behind the staff sign-in.</summary>
public static class EscalationEmails
{
    public static (string Subject, string Body) Reminder(WatchedPetition petition, int workingDaysLeft, string staffUrl) => (
        $"Sắp đến hạn xử lý: {petition.TrackingCode} (hạn cuối {Day(petition.LastDay)})",
        $"""
        {petition.DepartmentName}

        {PetitionKinds.Name(petition.Kind)} mã {petition.TrackingCode} phải được xử lý xong trước 24 giờ ngày {Day(petition.LastDay)} ({Left(workingDaysLeft)}).

        Xem và xử lý tại: {staffUrl}
        """);

    public static (string Subject, string Body) Overdue(WatchedPetition petition, string staffUrl) => (
        $"Quá hạn xử lý: {petition.TrackingCode} của {petition.DepartmentName}",
        $"""
        {PetitionKinds.Name(petition.Kind)} mã {petition.TrackingCode}, giao cho {petition.DepartmentName}, đã quá hạn xử lý (hạn cuối {Day(petition.LastDay)}).

        Việc này đã được chuyển lên bộ phận điều phối để theo dõi. Đề nghị lãnh đạo đơn vị chỉ đạo xử lý ngay.

        Xem chi tiết tại: {staffUrl}
        """);

    public static (string Subject, string Body) Digest(string departmentName, DateOnly day, IReadOnlyList<WatchedPetition> petitions,
        Func<WatchedPetition, bool> overdue, Func<WatchedPetition, bool> dueSoon, string staffUrl)
    {
        var body = new StringBuilder()
            .AppendLine(departmentName)
            .AppendLine()
            .AppendLine($"Tình hình phản ánh, kiến nghị đang xử lý ngày {Day(day)}:")
            .AppendLine($"- Quá hạn: {petitions.Count(overdue)}")
            .AppendLine($"- Sắp đến hạn (trong 2 ngày làm việc): {petitions.Count(dueSoon)}")
            .AppendLine($"- Tổng số đang xử lý: {petitions.Count}")
            .AppendLine();
        foreach (var petition in petitions.OrderBy(p => p.DueAt).Take(DigestListed))
        {
            var mark = overdue(petition) ? " — QUÁ HẠN" : dueSoon(petition) ? " — sắp đến hạn" : "";
            body.AppendLine($"{petition.TrackingCode} · {PetitionKinds.Name(petition.Kind)} · hạn cuối {Day(petition.LastDay)}{mark}");
        }
        if (petitions.Count > DigestListed)
        {
            body.AppendLine($"… và {petitions.Count - DigestListed} việc khác.");
        }
        body.AppendLine().AppendLine($"Xem và xử lý tại: {staffUrl}");
        return ($"Tổng hợp ngày {Day(day)}: {petitions.Count(overdue)} quá hạn, {petitions.Count(dueSoon)} sắp đến hạn — {departmentName}", body.ToString());
    }

    public const int DigestListed = 50;

    private static string Day(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Left(int workingDays) => workingDays switch
    {
        0 => "hôm nay là ngày cuối",
        _ => $"còn {workingDays} ngày làm việc",
    };
}
