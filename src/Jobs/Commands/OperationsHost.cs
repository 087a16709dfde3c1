using CchcFeedback.Core;

namespace CchcFeedback.Jobs.Commands;

/// <summary>A host without the Hangfire server, for one-shot operations tasks.</summary>
public static class OperationsHost
{
    public static async Task<int> RunAsync(IEnumerable<string> configurationArgs, Func<IServiceProvider, CancellationToken, Task<int>> task, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder([.. configurationArgs]);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddCchcCore(builder.Configuration);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        try
        {
            return await task(scope.ServiceProvider, cancellationToken);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException exception)
        {
            // A task reaches only the settings it needs, so each is checked when first used rather than all at start.
            Console.Error.WriteLine("Thiếu hoặc sai cấu hình / Missing or invalid setting: " + string.Join(" ", exception.Failures));
            return 2;
        }
    }
}
