using CchcFeedback.Core.Statistics;
using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.DemoData;

/// <summary>The full form of a demo citizen, consistent with their quick rating. Each answer is the citizen's
/// overall mood, plus how they found each element, plus a little noise per criterion, rounded to 1–5: criteria
/// of one element move together, which gives Cronbach's alphas of about 0.7–0.9, as real SIPAS data shows.</summary>
internal static class DemoAnswers
{
    private const double PersonSpread = 0.35;
    private const double ElementSpread = 0.35;
    private const double CriterionSpread = 0.95;
    private const double ReasonPenalty = 0.6;

    private static readonly WeightedChoice<string> RespondentTypes = Weighted(SurveyFormV1.Definition.RespondentTypes, [85, 15]);
    private static readonly WeightedChoice<string> Genders = Weighted(SurveyFormV1.Definition.Genders, [52, 47, 1]);
    private static readonly WeightedChoice<string> AgeBands = Weighted(SurveyFormV1.Definition.AgeBands, [10, 28, 34, 20, 8]);

    public static void FillFullForm(SurveyResponse response, DemoPlaceProfile profile, Random random)
    {
        var dissatisfied = response.QuickRating == QuickRating.Dissatisfied;
        response.Answers = Scores(response.QuickRating, response.DissatisfactionReasons, profile.ElementOffsets, random);
        response.FormCompletedAt = response.SubmittedAt.AddSeconds(60 + random.Next(240));
        response.Expectations = DemoTexts.Expectations.PickDistinct(random, random.Next(dissatisfied ? 1 : 0, 4));
        response.Comment = random.NextDouble() < (dissatisfied ? 0.6 : 0.35) ? Comment(response, random) : null;
        response.RespondentType = random.NextDouble() < 0.6 ? RespondentTypes.Pick(random) : null;
        response.Gender = random.NextDouble() < 0.65 ? Genders.Pick(random) : null;
        response.AgeBand = random.NextDouble() < 0.6 ? AgeBands.Pick(random) : null;
    }

    private static short[] Scores(QuickRating rating, string[] reasons, double[] elementOffsets, Random random)
    {
        var mood = rating switch
        {
            QuickRating.Dissatisfied => 2.3,
            QuickRating.Satisfied => 3.9,
            _ => 4.6,
        } + PersonSpread * random.NextGaussian();
        var answers = new short[SipasForm.CriterionCount];
        for (var e = 0; e < SipasForm.Elements.Count; e++)
        {
            var element = SipasForm.Elements[e];
            var complainedOf = reasons.Any(r => DemoTexts.ElementOfReason.GetValueOrDefault(r) == element.Code);
            var elementMood = mood + elementOffsets[e] + ElementSpread * random.NextGaussian() - (complainedOf ? ReasonPenalty : 0);
            foreach (var criterion in element.Criteria)
            {
                answers[criterion.Number - 1] = random.NextDouble() < NotApplicableShare(criterion.Number)
                    ? (short)0
                    : (short)Math.Clamp(Math.Round(elementMood + CriterionSpread * random.NextGaussian()), 1, 5);
            }
        }
        if (answers.All(a => a == 0))
        {
            answers[9] = (short)Math.Clamp(Math.Round(mood), 1, 5);
        }
        return answers;
    }

    /// <summary>Most citizens never sent a petition, so they cannot judge how one is handled (criteria 21–22);
    /// many procedures carry no fee (criterion 8).</summary>
    private static double NotApplicableShare(int criterion) => criterion switch
    {
        21 or 22 => 0.25,
        8 => 0.15,
        19 or 20 => 0.10,
        _ => 0.02,
    };

    private static string Comment(SurveyResponse response, Random random)
    {
        var texts = response.QuickRating switch
        {
            QuickRating.Dissatisfied => DemoTexts.Complaints.GetValueOrDefault(response.DissatisfactionReasons.FirstOrDefault() ?? "") ?? DemoTexts.Complaints["other"],
            QuickRating.Satisfied when random.NextDouble() < 0.5 => DemoTexts.Suggestions,
            QuickRating.VerySatisfied when random.NextDouble() < 0.15 => DemoTexts.Suggestions,
            _ => DemoTexts.Praise,
        };
        return texts[random.Next(texts.Count)];
    }

    private static WeightedChoice<string> Weighted(IReadOnlyList<SurveyChoice> choices, double[] weights) =>
        new(choices.Select((c, i) => (c.Code, i < weights.Length ? weights[i] : 1)));
}
