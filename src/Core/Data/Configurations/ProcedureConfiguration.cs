using CchcFeedback.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class ProcedureConfiguration : IEntityTypeConfiguration<Procedure>
{
    public void Configure(EntityTypeBuilder<Procedure> builder)
    {
        builder.HasIndex(p => p.Code).IsUnique();
        builder.Property(p => p.Code).HasMaxLength(CatalogLimits.CodeLength);
        builder.Property(p => p.NameVi).HasMaxLength(CatalogLimits.ProcedureNameLength);
        builder.Property(p => p.Level).HasMaxLength(16);
        builder.HasOne(p => p.Field).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Department).WithMany().OnDelete(DeleteBehavior.Restrict);
        // Exactly one of "a named department" and "the receiving commune" answers for a procedure.
        builder.ToTable(t => t.HasCheckConstraint(
            "ck_procedures_one_responsible",
            "(department_id IS NULL) = handled_by_commune"));
    }
}
