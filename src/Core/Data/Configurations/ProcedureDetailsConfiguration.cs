using System.Text.Json;
using CchcFeedback.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class ProcedureDetailsConfiguration : IEntityTypeConfiguration<ProcedureDetails>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ProcedureDetails> builder)
    {
        builder.HasKey(d => d.ProcedureId);
        builder.HasOne(d => d.Procedure).WithOne(p => p.Details)
            .HasForeignKey<ProcedureDetails>(d => d.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Agency).HasMaxLength(ProcedureDetailsLimits.AgencyLength);
        builder.Property(d => d.Online).HasMaxLength(16).HasConversion<SnakeCaseEnumConverter<OnlineService>>();
        builder.Property(d => d.PortalUrl).HasMaxLength(ProcedureDetailsLimits.UrlLength);
        builder.Property(d => d.SubmissionNotes).HasMaxLength(ProcedureDetailsLimits.NotesLength);
        builder.Property(d => d.ProcessingTime).HasMaxLength(ProcedureDetailsLimits.ProcessingTimeLength);
        builder.Property(d => d.Applicants).HasMaxLength(ProcedureDetailsLimits.ApplicantsLength);
        builder.Property(d => d.Requirements).HasMaxLength(ProcedureDetailsLimits.RequirementsLength);
        builder.Property(d => d.Result).HasMaxLength(ProcedureDetailsLimits.ResultLength);
        JsonList(builder.Property(d => d.Steps));
        JsonList(builder.Property(d => d.Documents));
        JsonList(builder.Property(d => d.Fees));
        JsonList(builder.Property(d => d.LegalBasis));
    }

    // The lists are always read and written whole, with their procedure, so a jsonb column each is enough; the
    // comparer (records and strings compare by value) lets the importer's change tracking see "unchanged".
    private static void JsonList<T>(PropertyBuilder<List<T>> property) =>
        property.HasColumnType("jsonb").HasConversion(
            list => JsonSerializer.Serialize(list, Json),
            json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>(),
            new ValueComparer<List<T>>(
                (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
                list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
                list => list.ToList()));
}
