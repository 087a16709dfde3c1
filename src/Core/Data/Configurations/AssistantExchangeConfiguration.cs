using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CchcFeedback.Core.Data.Configurations;

public class AssistantExchangeConfiguration : IEntityTypeConfiguration<AssistantExchange>
{
    public void Configure(EntityTypeBuilder<AssistantExchange> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Channel).HasMaxLength(AssistantLimits.ChannelLength).HasConversion<SnakeCaseEnumConverter<AssistantChannel>>();
        builder.Property(e => e.Intent).HasMaxLength(16).HasConversion<SnakeCaseEnumConverter<AssistantIntent>>();
        builder.Property(e => e.Outcome).HasMaxLength(16).HasConversion<SnakeCaseEnumConverter<AssistantOutcome>>();
        builder.Property(e => e.Question).HasMaxLength(AssistantLimits.QuestionMaxLength);
        builder.Property(e => e.QuestionFolded).HasMaxLength(AssistantLimits.QuestionMaxLength);
        builder.Property(e => e.Answer).HasMaxLength(AssistantLimits.AnswerMaxLength);
        builder.Property(e => e.ProcedureCode).HasMaxLength(CatalogLimits.CodeLength);
        builder.Property(e => e.CorrectedProcedureCode).HasMaxLength(CatalogLimits.CodeLength);
        // The retention purge and the review list read by time; a conversation's last turn by conversation.
        builder.HasIndex(e => e.AskedAt);
        builder.HasIndex(e => new { e.ConversationId, e.AskedAt });
        builder.HasIndex(e => e.CorrectedProcedureCode).HasFilter("corrected_procedure_code IS NOT NULL");
    }
}
