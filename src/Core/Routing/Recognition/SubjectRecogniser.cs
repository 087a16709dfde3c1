using Microsoft.ML;
using Microsoft.ML.Data;

namespace CchcFeedback.Core.Routing.Recognition;

public record SubjectScore(Subject Subject, double Probability);

/// <summary>The trained text recogniser: the probability of every subject given a petition's folded text.
/// Safe to share between threads.</summary>
public sealed class SubjectRecogniser
{
    public const string TextColumn = "Text";
    public const string ScoreColumn = "Score";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly PredictionEngine<RecogniserInput, RecogniserOutput> _engine;
    private readonly Subject[] _subjects;
    private readonly Lock _engineLock = new();

    internal SubjectRecogniser(MLContext ml, ITransformer model, DataViewSchema inputSchema, int trainingExamples)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        TrainingExamples = trainingExamples;
        _engine = ml.Model.CreatePredictionEngine<RecogniserInput, RecogniserOutput>(model, inputSchema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        _engine.OutputSchema[ScoreColumn].GetSlotNames(ref names);
        _subjects = [.. names.DenseValues().Select(name => Subject.FromLabel(name.ToString()))];
    }

    /// <summary>How many labelled texts it learnt from (catalog names and examples).</summary>
    public int TrainingExamples { get; }

    /// <summary>Every subject with its probability, most probable first.</summary>
    public IReadOnlyList<SubjectScore> Score(string folded)
    {
        float[] scores;
        lock (_engineLock)
        {
            scores = _engine.Predict(new RecogniserInput { Text = RuleCueTokens.Mark(folded) }).Score;
        }
        return [.. _subjects.Select((subject, i) => new SubjectScore(subject, scores[i])).OrderByDescending(s => s.Probability)];
    }

    /// <summary>Writes the model, so that a job can keep what it trained and others load it.</summary>
    public void Save(Stream stream) => _ml.Model.Save(_model, _inputSchema, stream);

    public static SubjectRecogniser Load(Stream stream, int trainingExamples = 0)
    {
        var ml = new MLContext(seed: SubjectRecogniserTrainer.Seed);
        var model = ml.Model.Load(stream, out var inputSchema);
        return new SubjectRecogniser(ml, model, inputSchema, trainingExamples);
    }

    internal sealed class RecogniserInput
    {
        [ColumnName(TextColumn)]
        public string Text { get; set; } = "";
    }

    internal sealed class RecogniserOutput
    {
        [ColumnName(ScoreColumn)]
        public float[] Score { get; set; } = [];
    }
}
