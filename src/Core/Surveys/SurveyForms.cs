using System.Text.Json;
using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Surveys;

/// <summary>The questionnaire versions this build knows, published to the database by the migration step.</summary>
public static class SurveyForms
{
    public static readonly SurveyFormDefinition Current = SurveyFormV1.Definition;

    public static readonly IReadOnlyList<SurveyFormDefinition> All = [SurveyFormV1.Definition];

    /// <summary>Inserts versions that are missing; a version already published is never rewritten.</summary>
    public static async Task PublishAsync(CchcDbContext db, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var published = await db.SurveyForms.Select(f => f.Version).ToListAsync(cancellationToken);
        foreach (var form in All.Where(f => !published.Contains(f.Version)))
        {
            db.SurveyForms.Add(new SurveyForm { Version = form.Version, Definition = JsonSerializer.Serialize(form), PublishedAt = clock.GetUtcNow() });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
