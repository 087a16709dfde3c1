using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Routing.Recognition;

namespace CchcFeedback.Core.Routing;

/// <summary>Decides who answers a petition, by the policy of ROUTING.md. Rule 1 is applied first by its own
/// words (a bribe, a contested decision, a denunciation); the other rules by the recogniser: each subject's
/// probability goes to the department that the policy sends that subject to at the petition's place, so that
/// rules 2 to 7 compete in the policy's terms and the best department needs enough probability of its own.
/// Pure and thread-safe: the job and <c>route-eval</c> call the same method.</summary>
public sealed class PetitionRouter
{
    private readonly RoutingCatalog _catalog;
    private readonly SubjectRecogniser _recogniser;
    private readonly RoutingOptions _options;
    private readonly RoutingPolicy _policy;
    private readonly string _triageDepartment;

    public PetitionRouter(RoutingCatalog catalog, SubjectRecogniser recogniser, RoutingOptions options)
    {
        _catalog = catalog;
        _recogniser = recogniser;
        _options = options;
        _policy = new RoutingPolicy(catalog);
        _triageDepartment = catalog.DepartmentWithRole(DepartmentRole.Triage)
            ?? throw new InvalidOperationException("The catalog has no department with role triage: routing has nowhere to send what it cannot route.");
    }

    public SubjectRecogniser Recogniser => _recogniser;

    public RoutingDecision Route(RoutingRequest request)
    {
        var folded = VietnameseText.Fold(request.Title + " . " + request.Text);
        var place = RoutingPlace.Of(_catalog, request.CenterCode, request.CounterCode, request.ProcedureCode);
        var excluded = new HashSet<string>(request.ExcludedDepartmentCodes ?? [], StringComparer.OrdinalIgnoreCase);
        var kind = KindRecogniser.Recognise(folded, request.FiledKind);
        var guesses = Guesses(folded, place, excluded);

        if (_catalog.DepartmentWithRole(DepartmentRole.Integrity) is { } integrity && !excluded.Contains(integrity)
            && IntegrityCue(folded, kind) is { } cue)
        {
            return Decided(integrity, RoutingRule.Integrity, _options.CueConfidence, guesses, kind, cue);
        }
        if (guesses.FirstOrDefault() is { } best && best.Score >= _options.ConfidenceThreshold)
        {
            return Decided(best.DepartmentCode, best.Rule, best.Score, guesses, kind, null);
        }
        // Triage is the queue of the people who route by hand: it stays the destination even if its own
        // department once said "not ours" to an automatic choice.
        return Decided(_triageDepartment, RoutingRule.Triage, guesses.FirstOrDefault()?.Score ?? 0, guesses, kind, null);
    }

    /// <summary>For each of the decision's guesses, the petition's words that pointed there
    /// (<see cref="RoutingReasons"/>), as the petition wrote them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Reasons(RoutingRequest request, RoutingDecision decision)
    {
        var place = RoutingPlace.Of(_catalog, request.CenterCode, request.CounterCode, request.ProcedureCode);
        var excluded = new HashSet<string>(request.ExcludedDepartmentCodes ?? [], StringComparer.OrdinalIgnoreCase);
        return RoutingReasons.Find(request.Title, request.Text, [.. decision.Guesses.Select(g => g.DepartmentCode)],
            folded => Guesses(folded, place, excluded));
    }

    /// <summary>Khiếu nại and tố cáo go to the inspectorate with bribes and harassment (rule 1).</summary>
    private static string? IntegrityCue(string folded, RecognisedKind kind) =>
        kind.Kind is PetitionKind.KhieuNai or PetitionKind.ToCao
            ? kind.Cue ?? kind.Kind.ToString()
            : IntegrityCues.Find(folded);

    private RoutingDecision Decided(string department, RoutingRule rule, double confidence, IReadOnlyList<RoutingGuess> guesses, RecognisedKind kind, string? cue) =>
        new(department, rule, confidence,
            guesses.FirstOrDefault(g => !string.Equals(g.DepartmentCode, department, StringComparison.OrdinalIgnoreCase)),
            [.. guesses.Take(_options.GuessCount)], kind.Kind, kind.Cue, cue);

    /// <summary>Departments by the probability of the subjects the policy sends to each, best first. The
    /// counter's fields weigh more (rule 5); excluded departments and subjects with no department here drop out.</summary>
    private List<RoutingGuess> Guesses(string folded, RoutingPlace place, HashSet<string> excluded)
    {
        var counterFields = new HashSet<string>(place.Counter?.FieldCodes ?? [], StringComparer.OrdinalIgnoreCase);
        var weighted = _recogniser.Score(folded)
            .Select(s => (s.Subject, Weight: s.Probability * (counterFields.Contains(FieldOf(s.Subject) ?? "") ? _options.CounterFieldWeight : 1.0)))
            .ToList();
        var total = weighted.Sum(s => s.Weight);
        return [.. weighted
            .Select(s => (Resolved: _policy.Resolve(s.Subject, place), Probability: s.Weight / total))
            .Where(s => s.Resolved.Department is not null && !excluded.Contains(s.Resolved.Department))
            .GroupBy(s => s.Resolved.Department!, StringComparer.OrdinalIgnoreCase)
            .Select(g => new RoutingGuess(g.Key, g.MaxBy(s => s.Probability).Resolved.Rule, g.Sum(s => s.Probability)))
            .OrderByDescending(g => g.Score)
            .ThenBy(g => g.DepartmentCode, StringComparer.Ordinal)];
    }

    private string? FieldOf(Subject subject) => subject.Kind switch
    {
        SubjectKind.Field => subject.Code,
        SubjectKind.Procedure => _catalog.Procedures.GetValueOrDefault(subject.Code)?.FieldCode,
        _ => null,
    };
}
