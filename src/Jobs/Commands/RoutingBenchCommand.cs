using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CchcFeedback.Core.Routing;

namespace CchcFeedback.Jobs.Commands;

/// <summary><c>./cchc bench routing</c>: what the triage reasons (<see cref="RoutingReasons"/>: each distinct word taken
/// out and the text scored again) cost on long petitions, as a ratio to routing the same petitions, both timed in
/// this one run with the router the routing job builds. The petitions are synthetic: sentences written for this
/// benchmark, drawn at random (fixed seed) until each petition is long. A benchmark, not a test.</summary>
public static class RoutingBenchCommand
{
    /// <summary>Written for the benchmark: everyday complaints of many subjects, so that a long petition has
    /// well over <see cref="RoutingReasons.MaxCandidates"/> distinct words.</summary>
    private static readonly string[] Sentences =
    [
        "Gia đình tôi đã nộp hồ sơ xin cấp giấy chứng nhận quyền sử dụng đất từ đầu năm nhưng đến giờ vẫn chưa thấy phản hồi",
        "Cán bộ tiếp nhận yêu cầu bổ sung giấy tờ ba lần, mỗi lần một kiểu, khiến chúng tôi phải đi lại rất nhiều",
        "Đường vào thôn bị xe tải chở vật liệu xây dựng làm hư hỏng, trời mưa thì lầy lội không đi được",
        "Quán karaoke gần nhà mở nhạc quá khuya, người già và trẻ nhỏ không ngủ được, đã báo công an phường nhưng chưa xử lý",
        "Con tôi chuyển trường giữa năm học, nhà trường cũ chậm trả học bạ nên trường mới chưa nhận",
        "Tiền trợ cấp cho người cao tuổi của mẹ tôi bị chậm hai tháng mà không ai giải thích lý do",
        "Trạm y tế xã thiếu thuốc thông thường, bệnh nhân phải tự ra hiệu thuốc tư nhân mua với giá cao",
        "Công ty chúng tôi đăng ký thay đổi người đại diện theo pháp luật trên cổng dịch vụ công nhưng hệ thống báo lỗi liên tục",
        "Bãi rác tự phát cạnh kênh thủy lợi bốc mùi hôi thối, ruồi muỗi nhiều, nguy cơ dịch bệnh cho cả khu dân cư",
        "Hợp tác xã nuôi tôm của chúng tôi xin hỗ trợ giống sau đợt lũ nhưng chưa được xem xét",
        "Tôi muốn hỏi về việc đóng bảo hiểm xã hội tự nguyện cho lao động tự do ở nông thôn",
        "Bến xe khách huyện không có mái che, hành khách đứng chờ dưới nắng, nhà vệ sinh xuống cấp",
        "Giấy phép kinh doanh cửa hàng ăn uống của tôi được hẹn mười ngày nhưng đã quá hạn gần một tháng",
        "Cột điện nghiêng sau cơn bão, dây điện võng thấp sát mái nhà, rất nguy hiểm cho người đi đường",
        "Nhân viên bộ phận một cửa thái độ thiếu tôn trọng, nói chuyện điện thoại riêng trong giờ làm việc",
        "Đề nghị niêm yết công khai lệ phí và thời hạn giải quyết từng thủ tục tại quầy để người dân dễ theo dõi",
        "Nước sinh hoạt bị cắt nhiều ngày liền mà không có thông báo trước, bà con phải mua nước bình để nấu ăn",
        "Chúng tôi đề nghị làm rõ việc thu hồi đất mở rộng đường và mức bồi thường cho các hộ bị ảnh hưởng",
        "Trẻ em trong xóm chưa được tiêm chủng đầy đủ vì lịch tiêm thay đổi mà không báo cho phụ huynh",
        "Hội chợ thương mại lấn chiếm vỉa hè, rác thải để lại sau mỗi đêm không ai dọn",
    ];

    public static Command Build()
    {
        var count = new Option<int>("--petitions") { Description = "How many long petitions are timed", DefaultValueFactory = _ => 40 };
        var words = new Option<int>("--words") { Description = "The least number of words of each petition", DefaultValueFactory = _ => 400 };
        var command = new Command("routing-bench", "Time the triage reasons against routing on long petitions") { TreatUnmatchedTokensAsErrors = false };
        command.Options.Add(count);
        command.Options.Add(words);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            var router = await services.GetRequiredService<PetitionRouterFactory>().CreateAsync(ct);
            var random = new Random(17);
            var petitions = Enumerable.Range(0, Math.Max(1, result.GetValue(count)))
                .Select(_ => new RoutingRequest(null, null, null, "Kiến nghị nhiều việc chưa được giải quyết", Petition(random, result.GetValue(words))))
                .ToList();
            foreach (var petition in petitions.Take(5))
            {
                router.Reasons(petition, router.Route(petition));
            }
            var (routes, reasons) = (new List<double>(), new List<double>());
            foreach (var petition in petitions)
            {
                var watch = Stopwatch.StartNew();
                var decision = router.Route(petition);
                routes.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                router.Reasons(petition, decision);
                reasons.Add(watch.Elapsed.TotalMilliseconds);
            }
            routes.Sort();
            reasons.Sort();
            var meanWords = petitions.Average(p => p.Text.Split(' ').Length);
            var distinct = petitions.Average(p => VietnameseText.Fold(p.Text).Split(' ').Distinct().Count());
            result.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"routing: {petitions.Count} petitions of {meanWords:0} words ({distinct:0} distinct), route p50 {Percentile(routes, 0.5):0.00} ms, " +
                $"reasons p50 {Percentile(reasons, 0.5):0.0} ms, p95 {Percentile(reasons, 0.95):0.0} ms, ratio {Percentile(reasons, 0.5) / Percentile(routes, 0.5):0}"));
            return 0;
        }, cancellationToken));
        return command;
    }

    private static string Petition(Random random, int minimumWords)
    {
        var text = new StringBuilder();
        while (text.Length == 0 || text.ToString().Split(' ').Length < minimumWords)
        {
            text.Append(Sentences[random.Next(Sentences.Length)]).Append(". ");
        }
        return text.ToString().TrimEnd();
    }

    private static double Percentile(List<double> sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Count) - 1, 0, sorted.Count - 1)];
}
