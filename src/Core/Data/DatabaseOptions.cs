using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Core.Data;

/// <summary>Where the data lives. The connection string comes from <c>ConnectionStrings:Cchc</c> or, failing
/// that, the <c>CCHC_DATABASE</c> environment variable (what <c>./cchc up</c> sets for its private cluster).</summary>
public class DatabaseOptions
{
    public const string ConnectionStringName = "Cchc";
    public const string EnvironmentVariable = "CCHC_DATABASE";

    [Required(ErrorMessage = "No database configured: set ConnectionStrings:Cchc or CCHC_DATABASE.")]
    public required string ConnectionString { get; set; }

    /// <summary>Schema of Hangfire's own tables, kept apart from the application's.</summary>
    [Required, RegularExpression("^[a-z_][a-z0-9_]*$")]
    public string HangfireSchema { get; set; } = "hangfire";
}
