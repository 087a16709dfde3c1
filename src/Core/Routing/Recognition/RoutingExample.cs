using System.Text.Json.Serialization;
using CchcFeedback.Core.Petitions;

namespace CchcFeedback.Core.Routing.Recognition;

/// <summary>A labelled petition, one JSON object a line: the format of the development set
/// (<c>center</c>, <c>counter</c>, <c>procedure</c>, <c>title</c>, <c>text</c>, <c>department</c>), of a
/// manual re-routing, and of the project's own examples, which name the <c>subject</c> instead (a procedure
/// code, a field code or <c>STAFF</c>) and may name the <c>kind</c> they should be recognised as.</summary>
public record RoutingExample(
    [property: JsonPropertyName("center")] string? Center,
    [property: JsonPropertyName("counter")] string? Counter,
    [property: JsonPropertyName("procedure")] string? Procedure,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("department")] string? Department = null,
    [property: JsonPropertyName("subject")] string? Subject = null,
    [property: JsonPropertyName("kind")] PetitionKind? Kind = null)
{
    /// <summary>How much the example counts in training: 1, more for a recent manual correction.</summary>
    [JsonIgnore]
    public double Weight { get; init; } = 1;

    public RoutingRequest ToRequest(IReadOnlyCollection<string>? excluded = null) =>
        new(Center, Counter, Procedure, Title ?? "", Text ?? "", PetitionKind.PhanAnh, excluded);
}
