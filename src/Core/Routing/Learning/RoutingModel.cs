namespace CchcFeedback.Core.Routing.Learning;

/// <summary>A trained recogniser kept in the database (table <c>routing_models</c>), so that every process
/// routes with the same model and none trains at start: the nightly retraining adds a version, the processes
/// load the newest one made for their build.</summary>
public class RoutingModel
{
    public int Version { get; set; }
    public DateTimeOffset TrainedAt { get; set; }

    /// <summary>What the model depends on besides its examples: the build of the code that folds and marks
    /// the text and the project's own examples (<see cref="RoutingModelRecipe"/>). A model of another recipe
    /// would read text differently from the code that routes with it, so it is never loaded.</summary>
    public required string Recipe { get; set; }

    /// <summary>Labelled texts trained on: catalog names, the project's examples and the manual ones.</summary>
    public int TrainingExamples { get; set; }

    /// <summary>Of which manual routings (<see cref="ManualRoutingExample"/>).</summary>
    public int ManualExamples { get; set; }

    // Cross-validation of the same training (ROUTING.md's counts); null when trained without evaluation.
    public int? EvaluatedRight { get; set; }
    public int? EvaluatedWrong { get; set; }
    public int? EvaluatedTriage { get; set; }

    /// <summary>The model as ML.NET saves it (<c>MLContext.Model.Save</c>).</summary>
    public required byte[] Bytes { get; set; }
}
