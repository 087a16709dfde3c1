using CchcFeedback.Core.Data;
using CchcFeedback.Core.Localization;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CchcFeedback.Core.Kiosks;

/// <summary>Stores a kiosk's batch of taps: each client id once, however often and under whichever kiosk it is sent. The
/// valid taps go in one round trip and one transaction, one statement each in sequence order; the invalid ones are
/// refused one by one and do not stop the rest.</summary>
public class KioskTapWriter(NpgsqlDataSource dataSource, DatabaseRetry retry, TimeProvider clock, IOptions<KioskOptions> options)
{
    public const string Channel = SurveyChannels.Kiosk;
    public const int MaxBatchSize = 200;

    // At most this many batches are written at once by a process; the rest wait here rather than for a pooled
    // connection: two hundred tablets sending at once must not take every connection PostgreSQL allows.
    private static readonly SemaphoreSlim Writers = new(16);

    /// <summary>The tap is recorded, then the response inserted only if the tap was new. The burst count reads the
    /// kiosk's earlier taps (this statement cannot see its own row, and earlier statements of the batch are seen):
    /// a tap with <c>@burst_taps</c> or more in the window before it is flagged for a manager's review. Only taps whose
    /// clock was believed take part: a skewed tap is filed at the received time, with the rest of its backlog.</summary>
    private const string Sql = $"""
        WITH tap AS (
            INSERT INTO kiosk_taps (kiosk_id, client_id, sequence, local_time, received_at, tapped_at, clock_skewed, response_id)
            VALUES (@kiosk_id, @client_id, @sequence, @local_time, @received_at, @submitted_at, @clock_skewed, @id)
            ON CONFLICT (client_id) DO NOTHING
            RETURNING response_id)
        INSERT INTO survey_responses ({SurveyInsert.Columns})
        SELECT {SurveyInsert.Values},
            NOT @clock_skewed AND (SELECT count(*) FROM kiosk_taps k WHERE k.kiosk_id = @kiosk_id AND NOT k.clock_skewed
                AND k.tapped_at > @submitted_at - @burst_window AND k.tapped_at <= @submitted_at) >= @burst_taps
        FROM tap
        """;

    private const string SeenSql =
        "UPDATE kiosks SET last_seen_at = @received_at WHERE id = @kiosk_id AND (last_seen_at IS NULL OR last_seen_at < @received_at - interval '1 minute')";

    public async Task<KioskBatchResult> WriteAsync(KioskDevice device, IReadOnlyList<KioskTapSubmission> taps, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(taps);
        var now = clock.GetUtcNow();
        var rejected = new List<KioskTapRejection>();
        var valid = new List<KioskTapSubmission>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < taps.Count; i++)
        {
            var errors = Validate(taps[i]);
            if (errors.Count > 0)
            {
                rejected.Add(new KioskTapRejection(i, taps[i].ClientId, errors));
            }
            else if (seen.Add(taps[i].ClientId))
            {
                valid.Add(taps[i]);
            }
        }
        valid.Sort((a, b) => a.Sequence!.Value.CompareTo(b.Sequence!.Value));
        var stored = valid.Count == 0 ? [] : await InsertOnceAsync(device, valid, now, cancellationToken);
        return new KioskBatchResult(
            [.. valid.Where((_, i) => stored[i]).Select(t => t.ClientId)],
            [.. valid.Where((_, i) => !stored[i]).Select(t => t.ClientId)],
            rejected);
    }

    /// <summary>The time the figures file a tap under. A tablet's clock is believed within the configured bounds
    /// (it may have been offline for days); beyond them, the received time is used and the tap marked skewed.</summary>
    public (DateTimeOffset At, bool Skewed) TappedAt(DateTimeOffset localTime, DateTimeOffset receivedAt)
    {
        var settings = options.Value;
        var believable = localTime <= receivedAt.AddMinutes(settings.MaxClockAheadMinutes) && localTime >= receivedAt.AddDays(-settings.MaxTapAgeDays);
        return believable ? (localTime.ToUniversalTime(), false) : (receivedAt, true);
    }

    private static List<SurveyFieldError> Validate(KioskTapSubmission tap)
    {
        var errors = SurveySubmissionValidator.Validate(
            new SurveySubmission { SubmissionId = tap.ClientId, QuickRating = tap.QuickRating, DissatisfactionReasons = tap.Reasons, Answers = tap.Answers },
            SurveyForms.Current).Select(e => e.Field == "submissionId" ? e with { Field = "clientId" } : e).ToList();
        if (tap.Sequence is not >= 0)
        {
            errors.Add(new SurveyFieldError("sequence", LocalizedText.Vi("Thiếu số thứ tự của lượt chạm.")));
        }
        if (tap.LocalTime is null)
        {
            errors.Add(new SurveyFieldError("localTime", LocalizedText.Vi("Thiếu thời điểm của lượt chạm.")));
        }
        return errors;
    }

    private async Task<bool[]> InsertOnceAsync(KioskDevice device, List<KioskTapSubmission> taps, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await Writers.WaitAsync(cancellationToken);
        try
        {
            // The batch is keyed by client id: a batch that reached the disk before its connection was cut is
            // harmless to send again.
            return await retry.OnceMoreAsync("Writing kiosk taps", () => InsertAsync(device, taps, now, cancellationToken), cancellationToken);
        }
        finally
        {
            Writers.Release();
        }
    }

    private async Task<bool[]> InsertAsync(KioskDevice device, List<KioskTapSubmission> taps, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var place = new TouchpointPlace(device.TouchpointId, "", true, false, device.CenterId, "", "", null,
            device.CounterId, device.CounterCode, device.CounterName, device.DepartmentId, null);
        var settings = options.Value;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // Npgsql sends a batch with one Sync, so PostgreSQL runs it as one implicit transaction.
        await using var batch = new NpgsqlBatch(connection);
        foreach (var tap in taps)
        {
            var (at, skewed) = TappedAt(tap.LocalTime!.Value, now);
            var submission = new SurveySubmission
            {
                SubmissionId = Guid.CreateVersion7(now),
                QuickRating = tap.QuickRating,
                DissatisfactionReasons = tap.Reasons,
                Answers = tap.Answers,
            };
            var command = new NpgsqlBatchCommand(Sql);
            command.Parameters.AddRange(SurveyInsert.Parameters(submission, place, Channel, at).ToArray());
            command.Parameters.Add(new NpgsqlParameter<int>("kiosk_id", device.Id));
            command.Parameters.Add(new NpgsqlParameter<Guid>("client_id", tap.ClientId));
            command.Parameters.Add(new NpgsqlParameter<long>("sequence", tap.Sequence!.Value));
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("local_time", tap.LocalTime.Value.ToUniversalTime()));
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("received_at", now));
            command.Parameters.Add(new NpgsqlParameter<bool>("clock_skewed", skewed));
            command.Parameters.Add(new NpgsqlParameter<TimeSpan>("burst_window", TimeSpan.FromSeconds(settings.BurstWindowSeconds)));
            command.Parameters.Add(new NpgsqlParameter<int>("burst_taps", settings.BurstTaps));
            batch.BatchCommands.Add(command);
        }
        var seen = new NpgsqlBatchCommand(SeenSql);
        seen.Parameters.Add(new NpgsqlParameter<int>("kiosk_id", device.Id));
        seen.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("received_at", now));
        batch.BatchCommands.Add(seen);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        return [.. taps.Select((_, i) => batch.BatchCommands[i].RecordsAffected == 1)];
    }
}
