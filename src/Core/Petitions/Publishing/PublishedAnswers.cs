using CchcFeedback.Core.Data;
using CchcFeedback.Core.Routing;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Petitions.Publishing;

/// <summary>The public list of answered petitions whose senders consented, newest answer first, by center and
/// field, searchable without caring for diacritics (the petitions' folded <see cref="Petition.SearchText"/>).</summary>
public class PublishedAnswers(CchcDbContext db)
{
    public const int PageSize = 20;
    public const int MaxSearchWords = 8;

    /// <summary>What the list holds: published, still consented, answered (a reopened petition leaves the list
    /// until it is answered again), and of a kind that may be published.</summary>
    public IQueryable<Petition> Published() =>
        db.Petitions.AsNoTracking().Where(p => p.AnswerPublishedAt != null && p.AnswerText != null && p.AnsweredAt != null
            && p.ConsentPublish && AnswerPublication.PublishableKinds.Contains(p.Kind)
            && (p.Status == PetitionStatus.Answered || p.Status == PetitionStatus.Closed));

    public async Task<PublishedAnswerPage> SearchAsync(PublishedAnswerFilter filter, CancellationToken cancellationToken = default)
    {
        var petitions = Published();
        foreach (var word in Words(filter.Query))
        {
            // Folded words hold only letters and digits: nothing for LIKE to escape, and the trigram index serves it.
            var pattern = $"%{word}%";
            petitions = petitions.Where(p => EF.Functions.Like(p.SearchText, pattern));
        }
        if (!string.IsNullOrWhiteSpace(filter.CenterCode))
        {
            petitions = petitions.Where(p => p.Center != null && p.Center.Code == filter.CenterCode);
        }
        if (!string.IsNullOrWhiteSpace(filter.FieldCode))
        {
            // The procedure's field; without a procedure, any field the counter serves.
            petitions = petitions.Where(p => p.ProcedureId != null
                ? db.Procedures.Any(r => r.Id == p.ProcedureId && r.Field.Code == filter.FieldCode)
                : db.Counters.Any(c => c.Id == p.CounterId && c.Fields.Any(f => f.Code == filter.FieldCode)));
        }
        var total = await petitions.CountAsync(cancellationToken);
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await petitions
            .OrderByDescending(p => p.AnsweredAt).ThenBy(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new
            {
                p.Kind,
                p.Title,
                p.Text,
                Answer = p.AnswerText!,
                p.ReceivedAt,
                AnsweredAt = p.AnsweredAt!.Value,
                CenterName = p.Center == null ? null : p.Center.NameVi,
                FieldName = db.Procedures.Where(r => r.Id == p.ProcedureId).Select(r => r.Field.NameVi).FirstOrDefault(),
                DepartmentName = p.Department == null ? null : p.Department.NameVi,
            })
            .ToListAsync(cancellationToken);
        var answers = rows.Select(r => new PublishedAnswer(r.Kind, PublishedText.Masked(r.Title), PublishedText.Masked(r.Text),
            PublishedText.Masked(r.Answer), r.ReceivedAt, r.AnsweredAt, r.CenterName, r.FieldName, r.DepartmentName)).ToList();
        return new PublishedAnswerPage(answers, total, page, PageSize);
    }

    /// <summary>The query folded like the stored text (lower case, no diacritics, phone abbreviations spelt
    /// out); one-letter words match everything and are dropped.</summary>
    public static IReadOnlyList<string> Words(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : [.. VietnameseText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1).Distinct().Take(MaxSearchWords)];
}
