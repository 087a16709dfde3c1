using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.DemoData;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Jobs.Commands;

/// <summary>Synthetic survey responses for the catalog in the database, so that every dashboard has something
/// to show (development only: it refuses to run in Production).</summary>
public static class SeedDemoCommand
{
    public const long DefaultResponses = 20_000;

    public static Command Build()
    {
        var responses = new Option<long>("--responses") { Description = "How many responses to generate", DefaultValueFactory = _ => DefaultResponses };
        responses.Validators.Add(Between(1, DemoResponseSettings.MaxResponses));
        var seed = new Option<int>("--seed") { Description = "Seed of the generator: the same seed gives the same responses", DefaultValueFactory = _ => DemoResponseSettings.DefaultSeed };
        var months = new Option<int>("--months") { Description = "How many months back the responses go", DefaultValueFactory = _ => DemoResponseSettings.DefaultMonths };
        months.Validators.Add(Between(1, DemoResponseSettings.MaxMonths));
        var ifEmpty = new Option<bool>("--if-empty") { Description = "Do nothing when there are survey responses already (./cchc up)" };
        var command = new Command("seed-demo", "Generate demo survey responses for the catalog (development only)") { TreatUnmatchedTokensAsErrors = false };
        command.Options.Add(responses);
        command.Options.Add(seed);
        command.Options.Add(months);
        command.Options.Add(ifEmpty);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            var (output, error) = (result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
            if (services.GetRequiredService<IHostEnvironment>().IsProduction())
            {
                error.WriteLine("Không tạo dữ liệu demo trong môi trường Production. / Demo data is never generated in Production.");
                return 1;
            }
            var seeded = await services.GetRequiredService<DemoResponseSeeder>().SeedAsync(
                result.GetValue(responses), result.GetValue(seed), result.GetValue(months), result.GetValue(ifEmpty), ct);
            switch (seeded.Status)
            {
                case DemoSeedStatus.NoTouchpoints:
                    error.WriteLine("Chưa có mã QR nào: hãy nhập danh mục trước. / There is no touchpoint yet: import the catalog first.");
                    return 1;
                case DemoSeedStatus.NotEmpty:
                    output.WriteLine("Đã có câu trả lời khảo sát: không thêm dữ liệu demo. / Survey responses exist already: no demo data added.");
                    break;
                default:
                    output.WriteLine($"Đã thêm {seeded.Added} câu trả lời demo ({seeded.Generated - seeded.Added} đã có). / " +
                        $"Added {seeded.Added} demo responses ({seeded.Generated - seeded.Added} were there already).");
                    if (seeded.Added > 0)
                    {
                        await RegenerateLastMonthsReportAsync(services, output, ct);
                    }
                    break;
            }
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>New responses change last month's figures: its province report, if archived already, would no longer
    /// match the dashboard, so the Jobs host regenerates it (not e-mailed) as soon as it runs. A report not archived
    /// yet needs nothing: the Jobs host makes it when it starts.</summary>
    private static async Task RegenerateLastMonthsReportAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.PreviousMonth(VietnamTime.DateOf(services.GetRequiredService<TimeProvider>().GetUtcNow()));
        var province = ReportScope.Province.Key;
        if (!await services.GetRequiredService<CchcDbContext>().ArchivedReports.AnyAsync(r => r.PeriodKey == period.Key && r.ScopeKey == province, cancellationToken))
        {
            return;
        }
        await services.GetRequiredService<ReportOrders>().PlaceAsync(Guid.NewGuid(), period, ReportScope.Province, sendEmail: false, "cli", cancellationToken);
        output.WriteLine($"Báo cáo toàn tỉnh tháng {period.Number:D2}/{period.Year} sẽ được tạo lại khi Jobs chạy. / " +
            $"Last month's province report ({period.Key}) will be regenerated when Jobs runs.");
    }

    /// <summary>A number outside the range is an error before anything runs; one that is not a number at all
    /// already gets the parser's own error.</summary>
    private static Action<OptionResult> Between(long min, long max) => result =>
    {
        if (result.Tokens is [var token] && long.TryParse(token.Value, CultureInfo.InvariantCulture, out var value) && (value < min || value > max))
        {
            var name = result.Option.Name;
            result.AddError($"{name} phải từ {min} đến {max} / {name} must be between {min} and {max}");
        }
    };
}
