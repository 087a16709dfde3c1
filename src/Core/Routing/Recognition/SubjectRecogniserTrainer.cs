using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace CchcFeedback.Core.Routing.Recognition;

/// <summary>Trains the recogniser (ADR 0006): ML.NET's text featurizer (word uni- and bigrams plus character
/// 4-grams of the folded text, so typos and missing diacritics still share most features) and a multiclass
/// maximum-entropy model trained by SDCA. It learns from the catalog's own names and from labelled examples;
/// an example labelled only with a department (a manual re-routing) is given the most probable subject that
/// the policy sends to that department at that place.</summary>
public static class SubjectRecogniserTrainer
{
    public const int Seed = 6;

    // Chosen by cross-validation on the project's own examples (docs/benchmarks.md): weaker regularisation
    // spreads fewer petitions over many subjects; more passes add little and cost seconds.
    private const float L2Regularization = 1e-5f;
    private const int Passes = 30;

    public static SubjectRecogniser Train(RoutingCatalog catalog, IEnumerable<RoutingExample> examples)
    {
        var rows = CatalogNames(catalog).ToList();
        var byDepartment = new List<RoutingExample>();
        foreach (var example in examples)
        {
            if (example.Subject is { } code && Subject.FromCatalogCode(code, catalog) is { } subject)
            {
                rows.Add(Row(Fold(example), subject, example.Weight));
            }
            else if (example.Subject is null && example.Department is not null)
            {
                byDepartment.Add(example);
            }
        }
        var recogniser = Fit(rows);
        if (byDepartment.Count == 0)
        {
            return recogniser;
        }
        var policy = new RoutingPolicy(catalog);
        foreach (var example in byDepartment)
        {
            var place = RoutingPlace.Of(catalog, example.Center, example.Counter, example.Procedure);
            var best = recogniser.Score(Fold(example)).FirstOrDefault(s =>
                string.Equals(policy.Resolve(s.Subject, place).Department, example.Department, StringComparison.OrdinalIgnoreCase));
            if (best is not null)
            {
                rows.Add(Row(Fold(example), best.Subject, example.Weight));
            }
        }
        return Fit(rows);
    }

    public static string Fold(RoutingExample example) => VietnameseText.Fold(example.Title + " . " + example.Text);

    private static TrainingRow Row(string folded, Subject subject, double weight = 1) =>
        new() { Text = RuleCueTokens.Mark(folded), Label = subject.Label, Weight = (float)weight };

    /// <summary>What a deployment's catalog already says about each subject: every procedure's name and its
    /// official record (steps, dossier components, result), every field's name, and each department's name for
    /// the fields it owns. The leak guard reads the same texts.</summary>
    public static IEnumerable<(Subject Subject, string Text, string Source)> CatalogTexts(RoutingCatalog catalog)
    {
        foreach (var procedure in catalog.Procedures.Values)
        {
            var subject = Subject.OfProcedure(procedure.Code);
            yield return (subject, procedure.NameVi, $"procedures:{procedure.Code}");
            // The official record as one text, as the catalog publishes it: its steps, dossier and result.
            if (procedure.Details is { Count: > 0 } details)
            {
                yield return (subject, string.Join(" . ", details), $"procedure-details:{procedure.Code}");
            }
        }
        foreach (var field in catalog.Fields.Values)
        {
            yield return (Subject.OfField(field.Code), field.NameVi, $"fields:{field.Code}");
            if (catalog.Departments.TryGetValue(field.ProvinceDepartmentCode, out var owner))
            {
                yield return (Subject.OfField(field.Code), owner.NameVi, $"departments:{owner.Code}");
            }
        }
    }

    private static IEnumerable<TrainingRow> CatalogNames(RoutingCatalog catalog) =>
        CatalogTexts(catalog).Select(t => Row(VietnameseText.Fold(t.Text), t.Subject));

    private static SubjectRecogniser Fit(List<TrainingRow> rows)
    {
        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        // The label becomes a key before the model, so that the model itself needs only the text.
        var keyed = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(TrainingRow.Label)).Fit(data).Transform(data);
        var pipeline = ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, SubjectRecogniser.TextColumn)
            .AppendCacheCheckpoint(ml)
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = nameof(TrainingRow.Weight),
                L2Regularization = L2Regularization,
                MaximumNumberOfIterations = Passes,
                // Checking convergence re-reads every row and costs more than the passes themselves.
                ConvergenceCheckFrequency = Passes + 1,
                // One thread keeps training deterministic: the same examples give the same model.
                NumberOfThreads = 1,
            }));
        var model = pipeline.Fit(keyed);
        var inputSchema = ml.Data.LoadFromEnumerable(Array.Empty<SubjectRecogniser.RecogniserInput>()).Schema;
        return new SubjectRecogniser(ml, model, inputSchema, rows.Count);
    }

    private sealed class TrainingRow
    {
        public string Text { get; set; } = "";
        public string Label { get; set; } = "";
        public float Weight { get; set; } = 1;
    }
}
