using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.Satisfaction;

/// <summary>The SQL shared by the rollup and the nightly recount. Both start from a CTE <c>changes</c>: one row
/// per response and direction, with the <see cref="RollupState"/> bits to fold (<c>bits</c>) and the sign (+1 to
/// add, −1 to subtract). From it, set-based aggregations give each count table's changes, so the incremental
/// and the full path cannot count a response differently.</summary>
public static class RollupSql
{
    public const string Zone = "Asia/Ho_Chi_Minh";

    private const int QuickRatingBit = RollupState.QuickRating;
    private const int FormBit = RollupState.QuickRatingAndForm & ~RollupState.QuickRating;
    private const int Satisfied = (int)QuickRating.Satisfied;

    /// <summary>The columns of <c>changes</c> from a row <c>r</c> of survey_responses: local day and hour, and the
    /// place with 0 for a missing unit.</summary>
    public const string ChangeColumns = $"""
        r.id, (r.submitted_at AT TIME ZONE '{Zone}')::date AS day,
        extract(hour FROM r.submitted_at AT TIME ZONE '{Zone}')::smallint AS hour,
        r.center_id, coalesce(r.counter_id, 0) AS counter_id, coalesce(r.department_id, 0) AS department_id,
        coalesce(r.procedure_id, 0) AS procedure_id, r.form_version, r.quick_rating, r.answers
        """;

    /// <summary>Each published form's criteria: element (position from 1), item (the criterion's number) and the
    /// answer's position in <c>answers</c>. Built from the forms this build knows.</summary>
    private static readonly string CriteriaValues = string.Join(",\n",
        SurveyForms.All.SelectMany(form => form.Elements
            .SelectMany((element, e) => element.Criteria.Select(criterion => (Element: e + 1, criterion.Number)))
            .Select((c, position) => $"({form.Version}, {c.Element}::smallint, {c.Number}::smallint, {position + 1})")));

    /// <summary>CTEs after <c>changes</c>: count_changes, moment_changes and hourly_changes.</summary>
    public static readonly string Aggregations = $"""
        criteria (form_version, element, item, position) AS (VALUES
        {CriteriaValues}
        ),
        elements AS (
            SELECT form_version, element, min(position) AS first_position, max(position) AS last_position
            FROM criteria GROUP BY form_version, element
        ),
        count_changes AS (
            SELECT ch.day, ch.center_id, ch.counter_id, ch.department_id, ch.procedure_id, ch.form_version, a.item, a.level,
                   sum(ch.sign)::int AS count
            FROM changes ch
            CROSS JOIN LATERAL (
                SELECT 0::smallint AS item, ch.quick_rating AS level WHERE ch.bits & {QuickRatingBit} <> 0
                UNION ALL
                SELECT k.item, coalesce(ch.answers[k.position], 0)::smallint FROM criteria k
                WHERE k.form_version = ch.form_version AND ch.bits & {FormBit} <> 0
            ) a
            GROUP BY ch.day, ch.center_id, ch.counter_id, ch.department_id, ch.procedure_id, ch.form_version, a.item, a.level
        ),
        complete_elements AS (
            -- Cronbach's alpha uses complete cases: responses that answered every criterion of the element on 1–5.
            SELECT ch.day, ch.center_id, ch.counter_id, ch.department_id, ch.procedure_id, ch.form_version, ch.sign, ch.answers,
                   e.element, s.total
            FROM changes ch
            JOIN elements e ON e.form_version = ch.form_version
            CROSS JOIN LATERAL (
                SELECT sum(a)::int AS total, count(*) FILTER (WHERE a BETWEEN 1 AND 5) AS valid
                FROM unnest(ch.answers[e.first_position:e.last_position]) a
            ) s
            WHERE ch.bits & {FormBit} <> 0 AND s.valid = e.last_position - e.first_position + 1
        ),
        moment_changes AS (
            SELECT ce.day, ce.center_id, ce.counter_id, ce.department_id, ce.procedure_id, ce.form_version, ce.element, v.item,
                   sum(ce.sign)::int AS cases, sum(ce.sign * v.value)::bigint AS sum, sum(ce.sign * v.value * v.value)::bigint AS sum_of_squares
            FROM complete_elements ce
            CROSS JOIN LATERAL (
                SELECT k.item, ce.answers[k.position]::int AS value FROM criteria k
                WHERE k.form_version = ce.form_version AND k.element = ce.element
                UNION ALL
                SELECT {ReliabilityMoment.TotalItem}::smallint, ce.total
            ) v
            GROUP BY ce.day, ce.center_id, ce.counter_id, ce.department_id, ce.procedure_id, ce.form_version, ce.element, v.item
        ),
        hourly_changes AS (
            SELECT day, hour, center_id, counter_id, department_id, procedure_id,
                   sum(sign)::int AS responses, coalesce(sum(sign) FILTER (WHERE quick_rating >= {Satisfied}), 0)::int AS satisfied
            FROM changes WHERE bits & {QuickRatingBit} <> 0
            GROUP BY day, hour, center_id, counter_id, department_id, procedure_id
        )
        """;
}
