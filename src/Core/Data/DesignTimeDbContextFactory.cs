using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CchcFeedback.Core.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host or a reachable server.</summary>
public class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CchcDbContext>
{
    public CchcDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable(DatabaseOptions.EnvironmentVariable)
            ?? "Host=localhost;Database=cchc_design_time";
        var options = DataServiceCollectionExtensions.ConfigureDbContext(new DbContextOptionsBuilder<CchcDbContext>(), connectionString);
        return new CchcDbContext((DbContextOptions<CchcDbContext>)options.Options);
    }
}
