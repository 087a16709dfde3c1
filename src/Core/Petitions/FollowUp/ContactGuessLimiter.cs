using CchcFeedback.Core.Security;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Petitions.FollowUp;

/// <summary>Counts wrong phone numbers per tracking code: with a code in hand, the phone numbers of a province are
/// few enough to try, so after a few misses the code is refused for an hour, from any address. Codes that do not
/// exist are counted the same way, so a refusal says nothing about whether a code is real. Counts live in each
/// instance's memory: with N instances, N times the allowance, still far below a guessable number.</summary>
public class ContactGuessLimiter(IMemoryCache cache, IOptions<RateLimitOptions> options)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private sealed class Misses
    {
        public int Count;
    }

    public bool IsBlocked(string code) =>
        cache.TryGetValue(Key(code), out Misses? misses) && Volatile.Read(ref misses!.Count) >= options.Value.ContactGuessesPerCode;

    public void RecordMiss(string code)
    {
        var misses = cache.GetOrCreate(Key(code), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Window;
            return new Misses();
        })!;
        Interlocked.Increment(ref misses.Count);
    }

    private static string Key(string code) => "contact-guesses:" + code;
}
