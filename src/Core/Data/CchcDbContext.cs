using CchcFeedback.Core.ApiClients;
using CchcFeedback.Core.Auditing;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Catalog;
using CchcFeedback.Core.Identity;
using CchcFeedback.Core.Notifications;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Reports;
using CchcFeedback.Core.Reports.Archive;
using CchcFeedback.Core.Routing.Learning;
using CchcFeedback.Core.Satisfaction;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Data;

public class CchcDbContext(DbContextOptions<CchcDbContext> options)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Field> Fields => Set<Field>();
    public DbSet<ServiceCenter> ServiceCenters => Set<ServiceCenter>();
    public DbSet<Counter> Counters => Set<Counter>();
    public DbSet<Procedure> Procedures => Set<Procedure>();
    public DbSet<ProcedureDetails> ProcedureDetails => Set<ProcedureDetails>();
    public DbSet<UserDepartment> UserDepartments => Set<UserDepartment>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<Kiosks.Kiosk> Kiosks => Set<Kiosks.Kiosk>();
    public DbSet<Kiosks.KioskTap> KioskTaps => Set<Kiosks.KioskTap>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<Touchpoint> Touchpoints => Set<Touchpoint>();
    public DbSet<TouchpointScan> TouchpointScans => Set<TouchpointScan>();
    public DbSet<SurveyForm> SurveyForms => Set<SurveyForm>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveySource> SurveySources => Set<SurveySource>();
    public DbSet<Satisfaction.Tallies.SatisfactionDay> SatisfactionDays => Set<Satisfaction.Tallies.SatisfactionDay>();
    public DbSet<Satisfaction.Tallies.SatisfactionMonth> SatisfactionMonths => Set<Satisfaction.Tallies.SatisfactionMonth>();
    public DbSet<RollupCheck> RollupChecks => Set<RollupCheck>();
    public DbSet<SatisfactionAlert> SatisfactionAlerts => Set<SatisfactionAlert>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<OutboxAttachment> OutboxAttachments => Set<OutboxAttachment>();
    public DbSet<Petition> Petitions => Set<Petition>();
    public DbSet<PetitionPhoto> PetitionPhotos => Set<PetitionPhoto>();
    public DbSet<PetitionEvent> PetitionEvents => Set<PetitionEvent>();
    public DbSet<Petitions.Handling.AnswerTemplate> AnswerTemplates => Set<Petitions.Handling.AnswerTemplate>();
    public DbSet<Petitions.Handling.PetitionRedaction> PetitionRedactions => Set<Petitions.Handling.PetitionRedaction>();
    public DbSet<ManualRoutingExample> RoutingExamples => Set<ManualRoutingExample>();
    public DbSet<RoutingModel> RoutingModels => Set<RoutingModel>();
    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();
    public DbSet<ArchivedReport> ArchivedReports => Set<ArchivedReport>();
    public DbSet<ReportOrder> ReportOrders => Set<ReportOrder>();
    public DbSet<Channels.ChannelEvent> ChannelEvents => Set<Channels.ChannelEvent>();
    public DbSet<Channels.ChannelUser> ChannelUsers => Set<Channels.ChannelUser>();
    public DbSet<Channels.Zalo.ZaloToken> ZaloTokens => Set<Channels.Zalo.ZaloToken>();
    public DbSet<Assistant.AssistantExchange> AssistantExchanges => Set<Assistant.AssistantExchange>();

    /// <summary>Data Protection's key ring, shared by every Web, Api and Jobs instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasPostgresExtension("unaccent");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CchcDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<AdministrativeLevel>().HaveConversion<SnakeCaseEnumConverter<AdministrativeLevel>>();
        configurationBuilder.Properties<DepartmentRole>().HaveConversion<SnakeCaseEnumConverter<DepartmentRole>>();
        configurationBuilder.Properties<OutboxChannel>().HaveConversion<SnakeCaseEnumConverter<OutboxChannel>>();
        configurationBuilder.Properties<PetitionKind>().HaveConversion<SnakeCaseEnumConverter<PetitionKind>>();
        configurationBuilder.Properties<PetitionStatus>().HaveConversion<SnakeCaseEnumConverter<PetitionStatus>>();
        configurationBuilder.Properties<PetitionEventKind>().HaveConversion<SnakeCaseEnumConverter<PetitionEventKind>>();
        configurationBuilder.Properties<Petitions.Handling.RedactedPart>().HaveConversion<SnakeCaseEnumConverter<Petitions.Handling.RedactedPart>>();
        configurationBuilder.Properties<RoutingExampleSource>().HaveConversion<SnakeCaseEnumConverter<RoutingExampleSource>>();
        configurationBuilder.Properties<ReportPeriodKind>().HaveConversion<SnakeCaseEnumConverter<ReportPeriodKind>>();
        configurationBuilder.Properties<SatisfactionScope>().HaveConversion<SnakeCaseEnumConverter<SatisfactionScope>>();
    }
}
