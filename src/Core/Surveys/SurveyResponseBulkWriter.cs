using Npgsql;
using NpgsqlTypes;

namespace CchcFeedback.Core.Surveys;

/// <summary>Loads many survey responses fast: binary COPY of each batch into a temporary table, then one INSERT
/// that skips rows already stored (same id, or a dossier code already rated). Only one batch is in flight, so
/// ten million rows stream through in constant memory. Each batch commits on its own: a load stopped half-way
/// is finished by running it again with the same rows.</summary>
public static class SurveyResponseBulkWriter
{
    public const int DefaultBatchSize = 50_000;

    private const string Columns =
        "id, form_version, touchpoint_id, center_id, counter_id, department_id, procedure_id, dossier_code, channel, submitted_at, " +
        "quick_rating, dissatisfaction_reasons, answers, form_completed_at, expectations, comment, respondent_type, gender, age_band, " +
        "flagged, reviewed_at";

    /// <summary>Returns how many rows were added.</summary>
    public static async Task<long> WriteAsync(
        NpgsqlConnection connection, IEnumerable<SurveyResponse> responses, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(cancellationToken);
        }
        await ExecuteAsync(connection, "CREATE TEMP TABLE IF NOT EXISTS survey_responses_incoming (LIKE survey_responses); TRUNCATE survey_responses_incoming", cancellationToken);
        var added = 0L;
        using var rows = responses.GetEnumerator();
        var more = rows.MoveNext();
        while (more)
        {
            await using (var import = await connection.BeginBinaryImportAsync($"COPY survey_responses_incoming ({Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                var inBatch = 0;
                do
                {
                    await WriteRowAsync(import, rows.Current, cancellationToken);
                    more = rows.MoveNext();
                }
                while (more && ++inBatch < batchSize);
                await import.CompleteAsync(cancellationToken);
            }
            added += await ExecuteAsync(connection,
                $"INSERT INTO survey_responses ({Columns}) SELECT {Columns} FROM survey_responses_incoming ON CONFLICT DO NOTHING", cancellationToken);
            await ExecuteAsync(connection, "TRUNCATE survey_responses_incoming", cancellationToken);
        }
        await ExecuteAsync(connection, "DROP TABLE survey_responses_incoming", cancellationToken);
        return added;
    }

    private static async Task WriteRowAsync(NpgsqlBinaryImporter import, SurveyResponse r, CancellationToken cancellationToken)
    {
        await import.StartRowAsync(cancellationToken);
        await import.WriteAsync(r.Id, NpgsqlDbType.Uuid, cancellationToken);
        await import.WriteAsync(r.FormVersion, NpgsqlDbType.Integer, cancellationToken);
        await import.WriteAsync(r.TouchpointId, NpgsqlDbType.Integer, cancellationToken);
        await import.WriteAsync(r.CenterId, NpgsqlDbType.Integer, cancellationToken);
        await WriteOrNullAsync(import, r.CounterId, NpgsqlDbType.Integer, cancellationToken);
        await WriteOrNullAsync(import, r.DepartmentId, NpgsqlDbType.Integer, cancellationToken);
        await WriteOrNullAsync(import, r.ProcedureId, NpgsqlDbType.Integer, cancellationToken);
        await WriteOrNullAsync(import, r.DossierCode, NpgsqlDbType.Text, cancellationToken);
        await import.WriteAsync(r.Channel, NpgsqlDbType.Text, cancellationToken);
        // timestamptz takes UTC only.
        await import.WriteAsync(r.SubmittedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
        await import.WriteAsync((short)r.QuickRating, NpgsqlDbType.Smallint, cancellationToken);
        await import.WriteAsync(r.DissatisfactionReasons, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
        await WriteOrNullAsync(import, r.Answers, NpgsqlDbType.Array | NpgsqlDbType.Smallint, cancellationToken);
        await WriteOrNullAsync(import, r.FormCompletedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
        await import.WriteAsync(r.Expectations, NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
        await WriteOrNullAsync(import, r.Comment, NpgsqlDbType.Text, cancellationToken);
        await WriteOrNullAsync(import, r.RespondentType, NpgsqlDbType.Text, cancellationToken);
        await WriteOrNullAsync(import, r.Gender, NpgsqlDbType.Text, cancellationToken);
        await WriteOrNullAsync(import, r.AgeBand, NpgsqlDbType.Text, cancellationToken);
        await import.WriteAsync(r.Flagged, NpgsqlDbType.Boolean, cancellationToken);
        await WriteOrNullAsync(import, r.ReviewedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken);
    }

    private static Task WriteOrNullAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : struct =>
        value is { } present ? import.WriteAsync(present, type, cancellationToken) : import.WriteNullAsync(cancellationToken);

    private static Task WriteOrNullAsync<T>(NpgsqlBinaryImporter import, T? value, NpgsqlDbType type, CancellationToken cancellationToken)
        where T : class =>
        value is not null ? import.WriteAsync(value, type, cancellationToken) : import.WriteNullAsync(cancellationToken);

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
