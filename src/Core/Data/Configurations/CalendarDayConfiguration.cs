using CchcFeedback.Core.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.ToTable("calendar_days");
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Kind).HasConversion<SnakeCaseEnumConverter<CalendarAdjustmentKind>>().HasMaxLength(16);
        builder.Property(d => d.Note).HasMaxLength(CalendarDay.NoteMaxLength);
        builder.Property(d => d.ChangedBy).HasMaxLength(256);
    }
}
