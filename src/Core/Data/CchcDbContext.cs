using CchcFeedback.Core.Catalog;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Data;

public class CchcDbContext(DbContextOptions<CchcDbContext> options) : DbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Field> Fields => Set<Field>();
    public DbSet<ServiceCenter> ServiceCenters => Set<ServiceCenter>();
    public DbSet<Counter> Counters => Set<Counter>();
    public DbSet<Procedure> Procedures => Set<Procedure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CchcDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<AdministrativeLevel>().HaveConversion<SnakeCaseEnumConverter<AdministrativeLevel>>();
        configurationBuilder.Properties<DepartmentRole>().HaveConversion<SnakeCaseEnumConverter<DepartmentRole>>();
    }
}
