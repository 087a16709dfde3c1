using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class SatisfactionIndexTests
{
    private const double Tolerance = 1e-4;

    [Fact]
    public void ForCriterion_NotApplicableAnswers_AreLeftOut()
    {
        // Valid answers 2 + 3 + 5 + 20 + 10 = 40 (7 "không áp dụng" excluded); satisfied 30 → 0.75.
        var counts = new AnswerCounts(2, 3, 5, 20, 10, notApplicable: 7);

        var index = SatisfactionIndex.ForCriterion(SipasForm.Criterion(1), counts);

        Assert.Equal(40, index.Answers);
        Assert.Equal(0.75, index.Value!.Value, Tolerance);
        Assert.Equal(30, index.Share!.Successes);
    }

    [Fact]
    public void ForElement_ThreeCriteria_IsMeanOfTheirIndices()
    {
        // E4: criteria 16, 17, 18 at 30/40 = 0.75, 5/10 = 0.5, 20/20 = 1 → (0.75 + 0.5 + 1)/3 = 0.75; an unweighted
        // mean of criteria, not the pooled 55/70 = 0.785714.
        var counts = new Dictionary<int, AnswerCounts>
        {
            [16] = new(5, 0, 5, 20, 10),
            [17] = new(0, 5, 0, 5, 0),
            [18] = new(0, 0, 0, 0, 20),
        };

        var element = SatisfactionIndex.ForElement(SipasForm.Element("E4"), counts);

        Assert.Equal(0.75, element.Value!.Value, Tolerance);
        Assert.Equal(10, element.FewestAnswers);
    }

    [Fact]
    public void ForForm_AllElementsAnswered_IsMeanOfElementIndices()
    {
        // Every criterion of E1..E5 at 8, 6, 9, 7, 5 satisfied out of 10 → (0.8 + 0.6 + 0.9 + 0.7 + 0.5)/5 = 0.7.
        var satisfiedByElement = new Dictionary<string, int> { ["E1"] = 8, ["E2"] = 6, ["E3"] = 9, ["E4"] = 7, ["E5"] = 5 };
        var counts = SipasForm.Criteria.ToDictionary(
            c => c.Number,
            c => new AnswerCounts(0, 0, 10 - satisfiedByElement[c.ElementCode], satisfiedByElement[c.ElementCode], 0));

        var index = SatisfactionIndex.ForForm(counts);

        Assert.Equal(0.7, index.Value!.Value, Tolerance);
        Assert.Equal([0.8, 0.6, 0.9, 0.7, 0.5], index.Elements.Select(e => e.Value!.Value), (a, b) => Math.Abs(a - b) < Tolerance);
    }

    [Fact]
    public void ForForm_ElementWithoutAnswers_HasNoOverallIndex()
    {
        var counts = SipasForm.Criteria.Where(c => c.ElementCode != "E5")
            .ToDictionary(c => c.Number, _ => new AnswerCounts(0, 0, 0, 10, 0, notApplicable: 3));

        var index = SatisfactionIndex.ForForm(counts);

        Assert.Null(index.Value);
        Assert.Null(index.Elements[4].Value);
    }

    [Fact]
    public void QuickRating_ThreeLevels_IsShareOfSatisfiedAndVerySatisfied()
    {
        // (30 + 50)/100 = 0.8; Wilson by hand: centre (0.8 + 0.019207)/1.038415 = 0.788902,
        // half 1.887458·0.041183 = 0.077731 → [0.711171, 0.866633] (prop.test(80, 100, correct = FALSE)).
        var interval = SatisfactionIndex.QuickRating(new QuickRatingCounts(verySatisfied: 30, satisfied: 50, dissatisfied: 20));

        Assert.NotNull(interval);
        Assert.Equal(0.8, interval.Estimate, Tolerance);
        Assert.Equal(0.711171, interval.Lower, Tolerance);
        Assert.Equal(0.866633, interval.Upper, Tolerance);
    }

    [Fact]
    public void QuickRating_NoRatings_IsNull() =>
        Assert.Null(SatisfactionIndex.QuickRating(new QuickRatingCounts(0, 0, 0)));
}
