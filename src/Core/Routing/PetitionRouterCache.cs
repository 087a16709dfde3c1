using Microsoft.Extensions.DependencyInjection;

namespace CchcFeedback.Core.Routing;

/// <summary>One router per process, built on the newest stored model (<see cref="PetitionRouterFactory"/>):
/// loading takes a second, routing a petition a millisecond. It is rebuilt after <see cref="MaxAge"/>, so the
/// nightly model and catalog changes reach routing without a restart.</summary>
public sealed class PetitionRouterCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _building = new(1, 1);
    private (PetitionRouter Router, DateTimeOffset BuiltAt)? _current;

    public async Task<PetitionRouter> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } fresh && clock.GetUtcNow() - fresh.BuiltAt < MaxAge)
        {
            return fresh.Router;
        }
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && clock.GetUtcNow() - built.BuiltAt < MaxAge)
            {
                return built.Router;
            }
            await using var scope = scopes.CreateAsyncScope();
            var router = await scope.ServiceProvider.GetRequiredService<PetitionRouterFactory>().CreateAsync(cancellationToken: cancellationToken);
            _current = (router, clock.GetUtcNow());
            return router;
        }
        finally
        {
            _building.Release();
        }
    }
}
