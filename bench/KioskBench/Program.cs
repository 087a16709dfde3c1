using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CchcFeedback.Core;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Kiosks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// bench/kiosk.sh starts the Api on a private database, then runs this: it pairs the devices (in process, through
// KioskService), and every device sends its taps in batches to POST /api/kiosks/responses, each batch of a few
// sent twice (a tablet that lost the answer). Every tap must be stored exactly once; latencies are per request.
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddCchcCore(builder.Configuration);
using var host = builder.Build();

static int Setting(string name, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
static void Say(string text) => Console.Error.WriteLine($"bench: {text}");

var apiUrl = new Uri(Environment.GetEnvironmentVariable("BENCH_API_URL") ?? throw new InvalidOperationException("BENCH_API_URL is not set"));
var devices = Setting("BENCH_DEVICES", 200);
var tapsPerDevice = Setting("BENCH_TAPS_PER_DEVICE", 60);
var batchSize = Setting("BENCH_BATCH_SIZE", 10);
// Every third batch is sent again: the answer that never reached the tablet.
const int RepeatEvery = 3;

var counters = await Scoped(s => s.GetRequiredService<CchcDbContext>().Counters.OrderBy(c => c.Code).Select(c => c.Code).ToListAsync());
var kiosks = new List<CreatedKiosk>();
for (var i = 0; i < devices; i++)
{
    kiosks.Add(await Scoped(s => s.GetRequiredService<KioskService>().CreateAsync(counters[i % counters.Count], $"Bench {i}", "bench")));
}
Say($"{devices} kiosks paired over {Math.Min(devices, counters.Count)} counters; {tapsPerDevice} taps each in batches of {batchSize}");

using var http = new HttpClient { BaseAddress = apiUrl, Timeout = TimeSpan.FromMinutes(2) };
var latencies = new ConcurrentBag<double>();
var failures = 0;
var retries = 0;
var start = DateTimeOffset.UtcNow;
var clock = Stopwatch.StartNew();
await Task.WhenAll(kiosks.Select((kiosk, device) => Task.Run(async () =>
{
    var random = new Random(device);
    var taps = Enumerable.Range(0, tapsPerDevice).Select(sequence => new
    {
        clientId = Guid.NewGuid(),
        sequence,
        // A tap a minute, as a counter serves: no burst flags in this run.
        localTime = start.AddMinutes(-tapsPerDevice + sequence).ToString("o", CultureInfo.InvariantCulture),
        quickRating = random.Next(10) switch { 0 => "dissatisfied", < 5 => "satisfied", _ => "very_satisfied" },
        reasons = Array.Empty<string>(),
    }).ToArray();
    var batches = taps.Chunk(batchSize).ToList();
    for (var b = 0; b < batches.Count; b++)
    {
        for (var send = 0; send < (b % RepeatEvery == 0 ? 2 : 1); send++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/kiosks/responses") { Content = JsonContent.Create(new { taps = batches[b] }) };
            request.Headers.Add("X-Kiosk-Key", kiosk.Key.ToString());
            var timer = Stopwatch.StartNew();
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            latencies.Add(timer.Elapsed.TotalMilliseconds);
            if (response.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable)
            {
                // What the tablet does: keep the taps and send them again a little later.
                Interlocked.Increment(ref retries);
                await Task.Delay(TimeSpan.FromSeconds(1));
                send--;
                continue;
            }
            if (!response.IsSuccessStatusCode || JsonDocument.Parse(body).RootElement.GetProperty("rejected").GetArrayLength() > 0)
            {
                Interlocked.Increment(ref failures);
                Say($"batch refused: {(int)response.StatusCode} {body}");
            }
        }
    }
})));
clock.Stop();

var total = devices * tapsPerDevice;
var ids = kiosks.Select(k => k.Kiosk.Id).ToList();
var stored = await Scoped(s => s.GetRequiredService<CchcDbContext>().KioskTaps.CountAsync(t => ids.Contains(t.KioskId)));
var responses = await Scoped(s => s.GetRequiredService<CchcDbContext>().SurveyResponses.CountAsync(r => r.Channel == KioskTapWriter.Channel));
var sorted = latencies.Order().ToArray();
double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
Say($"{sorted.Length} requests in {clock.Elapsed.TotalSeconds:F1} s; p50 {Percentile(0.50):F1} ms; {responses} kiosk responses; " +
    $"{retries} answered 503 and sent again; {failures} refused");
if (failures > 0 || stored != total || responses != total)
{
    Console.WriteLine($"kiosk: FAILED stored {stored} of {total} ({responses} responses, {failures} refused batches)");
    return 1;
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"kiosk: {total / clock.Elapsed.TotalSeconds:F0} taps/s, p99 {Percentile(0.99):F0} ms, stored {stored} of {total}"));
return 0;

async Task<T> Scoped<T>(Func<IServiceProvider, Task<T>> work)
{
    await using var scope = host.Services.CreateAsyncScope();
    return await work(scope.ServiceProvider);
}
