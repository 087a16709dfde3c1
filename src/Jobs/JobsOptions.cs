using System.ComponentModel.DataAnnotations;

namespace CchcFeedback.Jobs;

public class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Hangfire workers in this process; jobs are mostly I/O-bound, so a few per core.</summary>
    [Range(1, 200)]
    public int WorkerCount { get; set; } = Math.Max(4, Environment.ProcessorCount * 2);
}
