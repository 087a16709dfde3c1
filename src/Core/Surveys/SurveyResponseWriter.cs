using System.Threading.Channels;
using CchcFeedback.Core.Data;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CchcFeedback.Core.Surveys;

/// <summary>Group commit for survey responses. The submissions that arrive while one group is being written are
/// sent together as the next group: one round trip and one commit (one disk flush) for many citizens instead of
/// one each. Every caller still hears about its own row only after the commit, so nothing is acknowledged that
/// is not on disk, and each statement is the same one-row insert as when alone.</summary>
public sealed class SurveyResponseWriter(NpgsqlDataSource dataSource, DatabaseRetry retry, ILogger<SurveyResponseWriter> logger) : IAsyncDisposable
{
    private const int MaxGroupSize = 128;
    private const int QueueCapacity = 4096;

    private readonly Channel<PendingStatement> _queue = Channel.CreateBounded<PendingStatement>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, SingleWriter = false });
    private readonly Lock _startLock = new();
    // One writer per process: the next group fills while the current one is flushed, and two groups of this
    // process never wait for each other's row locks (every response from one device and counter updates the
    // same survey_sources row; two writers taking those rows in different orders deadlock).
    private Task? _writer;

    /// <summary>Runs one statement in the next group and returns the rows it affected. A statement that fails
    /// fails alone: its group is retried one statement at a time.</summary>
    public async Task<int> ExecuteAsync(string sql, IReadOnlyList<NpgsqlParameter> parameters, CancellationToken cancellationToken)
    {
        EnsureStarted();
        var pending = new PendingStatement(sql, parameters);
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        // The caller may stop waiting; the statement is written anyway, and a retry with the same id is harmless.
        return await pending.Result.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_writer is not null)
        {
            await _writer;
        }
    }

    private void EnsureStarted()
    {
        if (_writer is not null)
        {
            return;
        }
        lock (_startLock)
        {
            _writer ??= Task.Run(WriteGroupsAsync);
        }
    }

    private async Task WriteGroupsAsync()
    {
        var group = new List<PendingStatement>(MaxGroupSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (group.Count < MaxGroupSize && _queue.Reader.TryRead(out var pending))
            {
                group.Add(pending);
            }
            if (group.Count == 0)
            {
                continue;
            }
            try
            {
                // Every statement is keyed by its submission id (ON CONFLICT DO NOTHING): a group that reached
                // the disk before its connection was cut is harmless to send again.
                var attempt = 0;
                await retry.OnceMoreAsync("Writing survey responses", () => WriteGroupAsync(group, copyParameters: attempt++ > 0));
            }
            catch (PostgresException exception) when (group.Count > 1 && !DatabaseUnavailable.IsDatabaseUnavailable(exception))
            {
                // One statement broke a rule (a dossier rated twice): the group's transaction rolled back, so
                // each statement runs on its own and only the one at fault fails.
                foreach (var pending in group)
                {
                    await WriteAloneAsync(pending);
                }
            }
            catch (Exception exception) when (DatabaseUnavailable.IsDatabaseUnavailable(exception))
            {
                logger.LogWarning("Writing a group of {Count} survey responses failed: the database is unavailable ({Reason})",
                    group.Count, DatabaseUnavailable.Describe(exception));
                group.ForEach(p => p.Result.TrySetException(exception));
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Writing a group of {Count} survey responses failed", group.Count);
                group.ForEach(p => p.Result.TrySetException(exception));
            }
            group.Clear();
        }
    }

    private async Task WriteAloneAsync(PendingStatement pending)
    {
        try
        {
            await WriteGroupAsync([pending], copyParameters: true);
        }
        catch (Exception exception)
        {
            pending.Result.TrySetException(exception);
        }
    }

    // Npgsql sends a batch with one Sync, so PostgreSQL runs it as one implicit transaction: all or nothing.
    private async Task WriteGroupAsync(List<PendingStatement> group, bool copyParameters)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection);
        foreach (var pending in group)
        {
            var command = new NpgsqlBatchCommand(pending.Sql);
            // A parameter belongs to one command: a retry needs copies.
            foreach (var parameter in pending.Parameters)
            {
                command.Parameters.Add(copyParameters ? parameter.Clone() : parameter);
            }
            batch.BatchCommands.Add(command);
        }
        await batch.ExecuteNonQueryAsync();
        for (var i = 0; i < group.Count; i++)
        {
            group[i].Result.TrySetResult(batch.BatchCommands[i].RecordsAffected);
        }
    }

    private sealed record PendingStatement(string Sql, IReadOnlyList<NpgsqlParameter> Parameters)
    {
        public TaskCompletionSource<int> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
