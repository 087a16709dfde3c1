using CchcFeedback.Core.Data;
using CchcFeedback.Core.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Channels;

/// <summary>Keeps an incoming event once and nudges <see cref="ChannelEventJob"/>: the unique (channel, key) index
/// decides, also when the platform retries while the first copy is being stored.</summary>
public class ChannelEventStore(CchcDbContext db, PersonalDataProtector protector, IBackgroundJobClient jobs, TimeProvider clock)
{
    /// <summary>True when the event is new (and its job enqueued); false for a copy already stored.</summary>
    public async Task<bool> AddAsync(string channel, string eventKey, string eventName, string userId, string rawEvent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var payload = protector.Protect(rawEvent);
        var key = TextInput.Cut(eventKey, 200);
        var name = TextInput.Cut(eventName, 60);
        var user = TextInput.Cut(userId, 100);
        var added = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO channel_events (id, channel, event_key, event_name, user_id, protected_payload, received_at)
            VALUES ({id}, {channel}, {key}, {name}, {user}, {payload}, {now})
            ON CONFLICT (channel, event_key) DO NOTHING
            """, cancellationToken) == 1;
        if (added)
        {
            ChannelEventJob.Enqueue(jobs, id);
        }
        return added;
    }
}
