using CchcFeedback.Core.Routing;
using CchcFeedback.Core.Routing.Recognition;

namespace CchcFeedback.Core.Tests.Routing;

[Collection(RoutingCollection.Name)]
public class SubjectRecogniserTests(SampleCatalogRouter sample)
{
    [Fact]
    public void BuiltIn_EveryOwnExample_NamesASubjectOfTheSampleCatalog()
    {
        var examples = RoutingExampleFile.BuiltIn();

        Assert.True(examples.Count > 300);
        Assert.All(examples, e => Assert.NotNull(Subject.FromCatalogCode(e.Subject!, sample.Catalog)));
    }

    [Fact]
    public void SaveThenLoad_SameText_GivesTheSameScores()
    {
        var text = VietnameseText.Fold("Tôi xin giấy phép xây dựng nhà ở riêng lẻ đã quá hạn.");
        using var stream = new MemoryStream();

        sample.Router.Recogniser.Save(stream);
        stream.Position = 0;
        var loaded = SubjectRecogniser.Load(stream);

        Assert.Equal(sample.Router.Recogniser.Score(text), loaded.Score(text));
    }

    [Fact]
    public void Train_ManualReRoutingsLabelledWithADepartment_RoutesSuchPetitionsThereAfterwards()
    {
        // Something neither the catalog nor the project's examples speak of: a staff member routed it by hand.
        var reRoutings = new[]
        {
            Rerouted("Cây xanh đổ chắn cổng trường", "Cây phượng trong sân trường tiểu học bị đổ sau bão, chắn cổng, học sinh không vào lớp được."),
            Rerouted("Cây phượng sân trường nghiêng", "Cây phượng trong sân trường nghiêng hẳn sau bão, sợ đổ vào lớp học của các cháu."),
            Rerouted("Sân trường có cây sắp đổ", "Mấy cây phượng già trong sân trường sau bão bị bật gốc một nửa, đề nghị chặt tỉa trước giờ học."),
        };
        const string Title = "Cây phượng sân trường sau bão";
        const string Text = "Sau bão cây phượng trong sân trường bị bật gốc, nghiêng vào lớp học, rất nguy hiểm cho học sinh.";

        var recogniser = SubjectRecogniserTrainer.Train(sample.Catalog, [.. RoutingExampleFile.BuiltIn(), .. reRoutings]);
        var router = new PetitionRouter(sample.Catalog, recogniser, new RoutingOptions());
        var decision = router.Route(new RoutingRequest(null, null, null, Title, Text));

        Assert.Equal("SO_GDDT", decision.DepartmentCode);
        Assert.Equal(sample.Router.Recogniser.TrainingExamples + reRoutings.Length, recogniser.TrainingExamples);
    }

    private static RoutingExample Rerouted(string title, string text) => new(null, null, null, title, text, Department: "SO_GDDT");

    [Fact]
    public void Read_BadLines_ReportsEachWithItsNumber()
    {
        const string File = """
            {"title": "Khai sinh", "text": "Chậm", "department": "SO_TP"}

            not json
            {"title": "", "text": "", "department": "SO_TP"}
            {"title": "Khai sinh", "text": "Chậm"}
            """;

        var (lines, errors) = RoutingExampleFile.Read(new StringReader(File));

        Assert.Equal(1, Assert.Single(lines).Number);
        Assert.Equal(3, errors.Count);
        Assert.StartsWith("line 3:", errors[0]);
        Assert.Equal("line 4: no title or text", errors[1]);
        Assert.Equal("line 5: neither department nor subject", errors[2]);
    }
}
