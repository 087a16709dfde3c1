using System.Globalization;
using System.Text.RegularExpressions;
using CchcFeedback.Core.Touchpoints;
using Npgsql;
using NpgsqlTypes;

namespace CchcFeedback.Core.Surveys;

/// <summary>The one statement that stores a survey response, with its parameters: <see cref="SurveyService"/> runs
/// it, and the survey benchmark's pgbench scripts are written from it (the Jobs verb <c>write-survey-bench</c>), so
/// that the benchmark measures the very statement the Api runs, soft limit included.</summary>
public static partial class SurveyInsert
{
    internal const string Columns =
        "id, form_version, touchpoint_id, center_id, counter_id, department_id, procedure_id, dossier_code, channel, submitted_at, " +
        "quick_rating, dissatisfaction_reasons, answers, form_completed_at, expectations, comment, respondent_type, gender, age_band, flagged";

    internal const string Values =
        "@id, @form_version, @touchpoint_id, @center_id, @counter_id, @department_id, @procedure_id, @dossier_code, @channel, @submitted_at, " +
        "@quick_rating, @reasons, @answers, @form_completed_at, @expectations, @comment, @respondent_type, @gender, @age_band";

    /// <summary>A response from a trusted integration (no source to count).</summary>
    public const string Sql = $"INSERT INTO survey_responses ({Columns}) VALUES ({Values}, false) ON CONFLICT (id) DO NOTHING";

    /// <summary>A response counted against its source, flagged when the source is over its soft limit.</summary>
    public const string CountingSourceSql = $"""
        WITH source AS (
            INSERT INTO survey_sources (source_hash, touchpoint_id, window_start, count) VALUES (@source_hash, @touchpoint_id, @window_start, 1)
            ON CONFLICT (source_hash, touchpoint_id, window_start) DO UPDATE SET count = survey_sources.count + 1
            RETURNING count)
        INSERT INTO survey_responses ({Columns}) SELECT {Values}, (SELECT count FROM source) > @soft_limit
        ON CONFLICT (id) DO NOTHING
        """;

    /// <summary>The parameters of <see cref="Sql"/>: the response filed under its touchpoint's place.</summary>
    public static List<NpgsqlParameter> Parameters(SurveySubmission s, TouchpointPlace place, string channel, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(place);
        return
        [
            new NpgsqlParameter<Guid>("id", s.SubmissionId),
            new NpgsqlParameter<int>("form_version", SurveyForms.Current.Version),
            new NpgsqlParameter<int>("touchpoint_id", place.Id),
            new NpgsqlParameter<int>("center_id", place.CenterId),
            Nullable("counter_id", place.CounterId, NpgsqlDbType.Integer),
            Nullable("department_id", place.DepartmentId, NpgsqlDbType.Integer),
            Nullable("procedure_id", place.ProcedureId, NpgsqlDbType.Integer),
            Nullable("dossier_code", Clean(s.DossierCode), NpgsqlDbType.Text),
            new NpgsqlParameter<string>("channel", channel),
            new NpgsqlParameter<DateTimeOffset>("submitted_at", now),
            new NpgsqlParameter<short>("quick_rating", (short)s.QuickRating!.Value),
            new NpgsqlParameter<string[]>("reasons", [.. s.DissatisfactionReasons]),
            Nullable("answers", s.Answers?.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Smallint),
            Nullable("form_completed_at", s.Answers is null ? (DateTimeOffset?)null : now, NpgsqlDbType.TimestampTz),
            new NpgsqlParameter<string[]>("expectations", [.. s.Expectations]),
            Nullable("comment", Clean(s.Comment), NpgsqlDbType.Text),
            Nullable("respondent_type", Clean(s.RespondentType), NpgsqlDbType.Text),
            Nullable("gender", Clean(s.Gender), NpgsqlDbType.Text),
            Nullable("age_band", Clean(s.AgeBand), NpgsqlDbType.Text),
        ];
    }

    /// <summary>The parameters <see cref="CountingSourceSql"/> adds: the source's keyed hash, the window the
    /// moment falls in, and the soft limit.</summary>
    public static IEnumerable<NpgsqlParameter> SourceParameters(byte[] sourceHash, DateTimeOffset now)
    {
        var windowTicks = SurveyLimits.SourceWindow.Ticks;
        yield return new NpgsqlParameter<byte[]>("source_hash", sourceHash);
        yield return new NpgsqlParameter<DateTimeOffset>("window_start", new DateTimeOffset(now.UtcTicks / windowTicks * windowTicks, TimeSpan.Zero));
        yield return new NpgsqlParameter<int>("soft_limit", SurveyLimits.SoftLimitPerSource);
    }

    /// <summary>The statement with its parameters written in as SQL literals, or as the SQL expressions given by
    /// name (e.g. <c>gen_random_uuid()</c> for the id): a script pgbench can run.</summary>
    public static string Inline(string sql, IEnumerable<NpgsqlParameter> parameters, IReadOnlyDictionary<string, string> expressions)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(expressions);
        var values = parameters.ToDictionary(p => p.ParameterName, p => expressions.GetValueOrDefault(p.ParameterName) ?? Literal(p));
        return ParameterName().Replace(sql, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new ArgumentException($"No value for @{m.Groups[1].Value}.", nameof(parameters)));
    }

    private static string Literal(NpgsqlParameter parameter) => parameter.Value switch
    {
        null or DBNull => $"NULL::{TypeName(parameter.NpgsqlDbType)}",
        int or short => Convert.ToString(parameter.Value, CultureInfo.InvariantCulture)!,
        string text => Quoted(text),
        Guid id => $"'{id}'::uuid",
        DateTimeOffset time => $"'{time.UtcDateTime:yyyy-MM-dd HH:mm:ss.ffffff}+00'::timestamptz",
        byte[] bytes => $"'\\x{Convert.ToHexStringLower(bytes)}'::bytea",
        string[] texts => $"ARRAY[{string.Join(", ", texts.Select(Quoted))}]::text[]",
        short[] numbers => $"ARRAY[{string.Join(", ", numbers)}]::smallint[]",
        var other => throw new NotSupportedException($"No SQL literal for @{parameter.ParameterName} ({other.GetType()})."),
    };

    private static string TypeName(NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Integer => "integer",
        NpgsqlDbType.Text => "text",
        NpgsqlDbType.TimestampTz => "timestamptz",
        NpgsqlDbType.Array | NpgsqlDbType.Smallint => "smallint[]",
        _ => throw new NotSupportedException($"No SQL type name for {type}."),
    };

    private static string Quoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static NpgsqlParameter Nullable(string name, object? value, NpgsqlDbType type) =>
        new(name, type) { Value = value ?? DBNull.Value };

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"@([a-z_]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
