using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Routing.Recognition;

namespace CchcFeedback.Core.Routing;

/// <summary>Measures the router on the project's own examples without the development set: each example is
/// routed by a recogniser trained without it (k-fold), and counted against the department that the policy
/// gives its subject at its place. This is how the recogniser's settings were chosen. The nightly retraining
/// measures each model the same way, with the manual routings in every fold's training and never measured: the
/// measured examples stay the same from night to night, so two models of one build compare (ADR 0012), and
/// careless corrections show as the project's own examples routed worse.</summary>
public static class RoutingCrossValidation
{
    /// <param name="manual">Manual routings (labelled with a department), trained on in every fold.</param>
    public static RoutingEvaluationResult Run(RoutingCatalog catalog, RoutingOptions options, IReadOnlyList<RoutingExample>? manual = null, int folds = 5)
    {
        var examples = RoutingExampleFile.BuiltInExamples();
        IReadOnlyList<RoutingExample> alwaysTrained = [.. RoutingExampleFile.BuiltInGlossary(), .. manual ?? []];
        var policy = new RoutingPolicy(catalog);
        // Labelled lines in the file's order, each with its fold, so that every run measures the same thing.
        var lines = examples
            .Select((example, i) => (Line: new RoutingExampleFile.Line(i + 1, example with { Department = ExpectedDepartment(example, catalog, policy) }), Fold: i % folds))
            .Where(l => l.Line.Example.Department is not null)
            .ToList();
        var results = Enumerable.Range(0, folds).Select(fold =>
        {
            var training = lines.Where(l => l.Fold != fold).Select(l => l.Line.Example).Concat(alwaysTrained);
            var router = new PetitionRouter(catalog, SubjectRecogniserTrainer.Train(catalog, training), options);
            return RoutingEvaluation.Evaluate(router, lines.Where(l => l.Fold == fold).Select(l => l.Line));
        }).ToList();
        return RoutingEvaluationResult.Sum(results);
    }

    /// <summary>A khiếu nại or tố cáo belongs to the inspectorate whatever its topic (rule 1).</summary>
    private static string? ExpectedDepartment(RoutingExample example, RoutingCatalog catalog, RoutingPolicy policy) =>
        example.Department
        ?? (example.Kind is PetitionKind.KhieuNai or PetitionKind.ToCao ? catalog.DepartmentWithRole(DepartmentRole.Integrity) : null)
        ?? (example.Subject is { } code && Subject.FromCatalogCode(code, catalog) is { } subject
            ? policy.Resolve(subject, RoutingPlace.Of(catalog, example.Center, example.Counter, example.Procedure)).Department
            : null);
}
