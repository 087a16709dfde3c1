using CchcFeedback.Core.Surveys;

namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>How the rollup and the recount read responses: one grouped scan returns, per local day, place, form
/// version and sign, a string with one token per response, and <see cref="Decode"/> adds them to a tally. Both
/// paths share this SQL and this decoder, so they cannot count a response differently.
///
/// A token is the quick rating and local hour in one character (U+0100 + hour × 3 + rating − 1), or '#' when
/// the quick rating is not to be counted, then the form's answers as digits when the form is. Counting the 22
/// answers of a form inside PostgreSQL costs an aggregate per criterion and level (or a row per answer) for every
/// response, several times the scan itself; string_agg costs one append per response, and the counting is cheap
/// here.</summary>
internal static class ResponseTokens
{
    public const string Zone = "Asia/Ho_Chi_Minh";

    private const char FirstRating = '\u0100';
    private const char NoRating = '#';
    private const int Ratings = 3;

    private const string Rating = "chr(256 + date_part('hour', l.local)::int * 3 + r.quick_rating - 1)";

    // NULL elements (none are written today) count as "không áp dụng", as a missing position does.
    private const string Answers = "coalesce(array_to_string(r.answers, '', '0'), '')";

    /// <summary>Rows (day, center_id, counter_id, department_id, procedure_id, form_version, sign, tokens) from
    /// <paramref name="source"/> aliased r, which has survey_responses' columns; <paramref name="bits"/> says what
    /// to count of each response (<see cref="RollupState"/>) and <paramref name="sign"/> whether to add (1) or
    /// subtract (−1). OFFSET 0 keeps the subquery whole, so the local time is computed once per response.</summary>
    public static string GroupedSql(string source, string bits, string sign, string where) => $"""
        SELECT day, center_id, counter_id, department_id, procedure_id, form_version, sign, string_agg(token, '') AS tokens
        FROM (
            SELECT (l.local)::date AS day, r.center_id, coalesce(r.counter_id, 0) AS counter_id,
                   coalesce(r.department_id, 0) AS department_id, coalesce(r.procedure_id, 0) AS procedure_id, r.form_version,
                   {sign} AS sign,
                   CASE {bits} WHEN 1 THEN {Rating} WHEN 3 THEN {Rating} || {Answers} WHEN 2 THEN '#' || {Answers} END AS token
            FROM {source} r CROSS JOIN LATERAL (SELECT r.submitted_at AT TIME ZONE '{Zone}' AS local) l
            WHERE {where}
            OFFSET 0
        ) responses
        GROUP BY day, center_id, counter_id, department_id, procedure_id, form_version, sign
        """;

    /// <summary>Adds the responses in <paramref name="tokens"/> to <paramref name="day"/>; returns how many.</summary>
    public static int Decode(string tokens, SatisfactionDay day, int sign)
    {
        var layout = TallyLayout.For(day.FormVersion);
        Span<int> levels = stackalloc int[layout.CriterionCount];
        var responses = 0;
        var i = 0;
        while (i < tokens.Length)
        {
            var head = tokens[i++];
            if (head is >= FirstRating and < (char)(FirstRating + TallyLayout.HoursPerDay * Ratings))
            {
                var code = head - FirstRating;
                day.AddRating((QuickRating)(code % Ratings + 1), code / Ratings, sign);
            }
            else if (head != NoRating)
            {
                throw new InvalidDataException($"Unexpected character U+{(int)head:X4} in the responses of {day.Key}.");
            }

            var start = i;
            while (i < tokens.Length && char.IsAsciiDigit(tokens[i]))
            {
                i++;
            }
            if (i > start)
            {
                levels.Clear();
                // Positions beyond the answers count as "không áp dụng"; answers beyond the form are not criteria.
                for (var position = 0; position < Math.Min(i - start, levels.Length); position++)
                {
                    levels[position] = tokens[start + position] - '0';
                    if (levels[position] >= TallyLayout.Levels)
                    {
                        throw new InvalidDataException($"An answer of {levels[position]} in the responses of {day.Key}.");
                    }
                }
                day.AddAnswers(levels, layout, sign);
            }
            else if (head == NoRating)
            {
                throw new InvalidDataException($"A form to count without answers in the responses of {day.Key}.");
            }
            responses++;
        }
        return responses;
    }
}
