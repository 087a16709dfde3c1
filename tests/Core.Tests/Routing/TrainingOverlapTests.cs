using System.Text.Json;
using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Routing.Overlap;
using CchcFeedback.Core.Routing.Recognition;
using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Tests.Routing;

/// <summary>The leak guard (issue 17): the development sets are measured, never learnt from, so no training text
/// may share half or more of either side's word pairs with a development item (the smaller side's share). The development sets live outside the
/// repository; the guard reads their committed fingerprints (hashed word pairs, no text).</summary>
public class TrainingOverlapTests
{
    private static string FingerprintFile => Path.Combine(TestPaths.RepositoryRoot, "tests", "Core.Tests", "Routing", "dev-fingerprints.txt");

    private static string SharedData => Path.Combine(TestPaths.RepositoryRoot, "..", "shared", "data");

    [Fact]
    public async Task Find_EveryTrainingText_NoneSharesHalfOfEitherSidesWordPairsWithADevelopmentItem()
    {
        using var file = File.OpenText(FingerprintFile);
        var dev = DevFingerprints.Read(file);
        var training = await TrainingTextsAsync();

        var findings = TrainingOverlap.Find(training, dev);

        var unexempted = findings.Where(f => !CatalogRecordsExempted.Contains((f.Source, f.DevItem))).ToList();
        var staleExemptions = CatalogRecordsExempted.Where(e => !findings.Any(f => (f.Source, f.DevItem) == e)).ToList();
        Assert.NotEmpty(dev);
        Assert.True(training.Count > 500, $"only {training.Count} training texts were read");
        Assert.True(unexempted.Count == 0, string.Join('\n', unexempted.Select(f => $"{f.Source} shares {f.Share:P0} of the smaller side's {f.Pairs} word pairs with {f.DevItem}")));
        Assert.True(staleExemptions.Count == 0, $"exempted but no longer found, remove from the list: {string.Join(", ", staleExemptions)}");
    }

    /// <summary>The only texts the guard lets through, each with the one development item it is near: official
    /// records of the Office's sample catalog (data/catalog/procedure-details.json, committed by the maintainers, not
    /// written by this project), which contain most of a short development petition's words. A deployment trains on
    /// its own catalog's records; leaving out exactly the ones near a development item would shape the training
    /// to the development set. ADR 0012 says so.</summary>
    private static readonly HashSet<(string Source, string DevItem)> CatalogRecordsExempted =
    [
        ("procedure-details:GT-01", "routing:39"),
        ("procedure-details:DT-01", "routing:35"),
        ("procedure-details:GD-01", "routing:48"),
    ];

    [Fact]
    public void Find_TextRewordedFromAnItem_IsReportedAndAnUnrelatedOneIsNot()
    {
        using var set = new StringReader("""{"title": "Chậm trả sổ đỏ", "text": "Tôi nộp hồ sơ cấp sổ đỏ lần đầu từ tháng ba mà đến nay vẫn chưa có kết quả, cán bộ địa chính hẹn mãi."}""");
        var dev = DevFingerprints.FromSets([("routing", set)]);
        TrainingText[] training =
        [
            new("reworded", "toi nop ho so cap so do lan dau tu thang 3 ma den nay chua co ket qua"),
            new("unrelated", "Quầy chứng thực đông người, nên bố trí thêm ghế chờ cho người cao tuổi."),
        ];

        var findings = TrainingOverlap.Find(training, dev);

        var finding = Assert.Single(findings);
        Assert.Equal(("reworded", "routing:1"), (finding.Source, finding.DevItem));
        Assert.True(finding.Share >= TrainingOverlap.MaxShare);
    }

    [Fact]
    public void Find_ShortItemInsideALongTrainingText_IsReportedOnTheItemsSide()
    {
        using var set = new StringReader("""{"question": "nộp hồ sơ cấp sổ đỏ lần đầu ở đâu"}""");
        var dev = DevFingerprints.FromSets([("assistant", set)]);
        TrainingText[] training =
        [
            new("long", "Người dân cần chuẩn bị đơn, giấy tờ về đất và bản đo vẽ; nộp hồ sơ cấp sổ đỏ lần đầu ở đâu là câu hỏi thường gặp, "
                + "câu trả lời là bộ phận một cửa cấp huyện, thời hạn ba mươi ngày, lệ phí theo nghị quyết của tỉnh, kết quả trả tại quầy."),
        ];

        var findings = TrainingOverlap.Find(training, dev);

        var finding = Assert.Single(findings);
        Assert.Equal(("long", "assistant:1"), (finding.Source, finding.DevItem));
        Assert.Equal(WordPairs.Of("nộp hồ sơ cấp sổ đỏ lần đầu ở đâu").Count, finding.Pairs);
    }

    [Fact]
    public void FromSets_SharedDevelopmentSetsPresent_FingerprintFileIsUpToDate()
    {
        var sets = new[] { "routing", "assistant" }
            .Select(name => Path.Combine(SharedData, name, "dev.jsonl"))
            .Where(File.Exists)
            .ToList();
        if (sets.Count == 0)
        {
            // A clean checkout (CI) has no development sets: the committed fingerprints are all there is.
            return;
        }
        var readers = sets.Select(path => (new FileInfo(path).Directory!.Name, (TextReader)File.OpenText(path))).ToList();
        var expected = new StringWriter();
        try
        {
            DevFingerprints.Write(DevFingerprints.FromSets(readers), expected);
        }
        finally
        {
            readers.ForEach(r => r.Item2.Dispose());
        }

        var committed = File.ReadAllText(FingerprintFile);

        Assert.True(expected.ToString() == committed, "tests/Core.Tests/Routing/dev-fingerprints.txt is out of date: run ./cchc dev-fingerprints");
    }

    private static IEnumerable<string> GlossaryLines()
    {
        using var reader = File.OpenText(Path.Combine(TestPaths.RepositoryRoot, "data", "routing", "glossary.jsonl"));
        return [.. RoutingExampleFile.Read(reader).Lines.Select(l => l.Example.Title + " " + l.Example.Text)];
    }

    /// <summary>Everything the recogniser learns from: the project's examples and glossary, the catalog's texts as
    /// the sample catalog's import stores them (names and official procedure details), and the assistant's
    /// examples if the project has any.</summary>
    private static async Task<List<TrainingText>> TrainingTextsAsync()
    {
        var connectionString = await TestDatabase.CreateAsync(TestDatabaseContent.SampleCatalog);
        await using var services = CoreServices.For(connectionString);
        await using var scope = services.CreateAsyncScope();
        var catalog = await scope.ServiceProvider.GetRequiredService<RoutingCatalogLoader>().LoadAsync();
        var texts = new List<TrainingText>();
        texts.AddRange(RoutingExampleFile.BuiltInExamples().Select((e, i) => new TrainingText($"examples.jsonl:{i + 1}", e.Title + " " + e.Text)));
        // A glossary line as written (its phrases are also trained on one by one: words, not petitions).
        texts.AddRange(GlossaryLines().Select((line, i) => new TrainingText($"glossary.jsonl:{i + 1}", line)));
        // The catalog's names are exempt: every deployment's router must know them, and a petition about a
        // procedure quotes its name. Its official records are measured like any other text.
        texts.AddRange(SubjectRecogniserTrainer.CatalogTexts(catalog)
            .Where(t => t.Source.StartsWith("procedure-details:", StringComparison.Ordinal))
            .Select(t => new TrainingText(t.Source, t.Text)));
        texts.AddRange(AssistantTexts());
        return texts;
    }

    /// <summary>The assistant's example questions as asked, and each line of its glossary (its words and phrases
    /// for one thing) as one text, as the routing glossary is measured.</summary>
    private static IEnumerable<TrainingText> AssistantTexts()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "data", "assistant");
        foreach (var file in new[] { "examples.jsonl", "holdout.jsonl" })
        {
            foreach (var (line, i) in File.ReadLines(Path.Combine(folder, file)).Select((l, i) => (l, i)))
            {
                using var json = JsonDocument.Parse(line);
                yield return new TrainingText($"assistant/{file}:{i + 1}", json.RootElement.GetProperty("question").GetString()!);
            }
        }
        foreach (var (line, i) in File.ReadLines(Path.Combine(folder, "glossary.jsonl")).Select((l, i) => (l, i)))
        {
            using var json = JsonDocument.Parse(line);
            yield return new TrainingText($"assistant/glossary.jsonl:{i + 1}", string.Join(" ", json.RootElement.EnumerateObject().SelectMany(Strings)));
        }
    }

    private static IEnumerable<string> Strings(JsonProperty property) => property.Name == "comment" ? [] : property.Value.ValueKind switch
    {
        JsonValueKind.String => [property.Value.GetString()!],
        JsonValueKind.Array => property.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
        _ => [],
    };
}
