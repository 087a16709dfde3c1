using CchcFeedback.Core.Assistant.Understanding;
using CchcFeedback.Core.Catalog;

namespace CchcFeedback.Core.Assistant;

/// <summary>A procedure as the assistant quotes it: its catalog name and, once published, its public record.</summary>
public sealed record KnownProcedure(string Code, string Name, int ProcessingDays, ProcedureDetails? Details);

/// <summary>What the assistant knows at one moment: the catalog's procedures and the matcher built from their
/// names, the glossary and the learned phrases. Immutable; replaced whole when it is read again.</summary>
public sealed class AssistantKnowledge(IReadOnlyDictionary<string, KnownProcedure> procedures, ProcedureMatcher matcher, AssistantGlossary glossary)
{
    public IReadOnlyDictionary<string, KnownProcedure> Procedures { get; } = procedures;
    public ProcedureMatcher Matcher { get; } = matcher;
    public AssistantGlossary Glossary { get; } = glossary;

    public static AssistantKnowledge Build(IEnumerable<KnownProcedure> procedures, IEnumerable<(string Code, string FoldedQuestion)> learned, AssistantGlossary glossary)
    {
        var byCode = procedures.ToDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
        var matcher = new ProcedureMatcher(byCode.Values.Select(p => (p.Code, p.Name)), glossary, learned);
        return new AssistantKnowledge(byCode, matcher, glossary);
    }
}
