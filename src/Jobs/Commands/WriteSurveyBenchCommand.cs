using System.CommandLine;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Surveys;
using CchcFeedback.Core.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Jobs.Commands;

/// <summary>Writes bench/survey.sh's pgbench scripts: for each touchpoint that stored a response counted against a
/// source, the statement the Api runs (<see cref="SurveyInsert.CountingSourceSql"/>, soft limit included) with the
/// ids, channel, rating, source hash and window the Api stored written in. Only the response id
/// (<c>gen_random_uuid()</c>) and the submission time (<c>now()</c>) are made by PostgreSQL.</summary>
public static class WriteSurveyBenchCommand
{
    public static Command Build()
    {
        var directory = new Argument<DirectoryInfo>("directory") { Description = "Folder to write tp1.sql, tp2.sql, ... into (created if missing)" };
        var command = new Command("write-survey-bench", "Write the survey benchmark's pgbench scripts from the stored responses") { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(directory);
        command.SetAction((result, cancellationToken) => OperationsHost.RunAsync(result.UnmatchedTokens, async (services, ct) =>
        {
            var db = services.GetRequiredService<CchcDbContext>();
            var rows = await db.SurveyResponses.AsNoTracking()
                .Join(db.SurveySources, r => r.TouchpointId, s => s.TouchpointId, (r, s) => new
                {
                    r.TouchpointId,
                    r.CenterId,
                    r.CounterId,
                    r.DepartmentId,
                    r.ProcedureId,
                    r.Channel,
                    r.QuickRating,
                    s.SourceHash,
                    s.WindowStart,
                })
                .GroupBy(r => r.TouchpointId)
                .Select(g => g.First())
                .ToListAsync(ct);
            if (rows.Count == 0)
            {
                Console.Error.WriteLine("Không có câu trả lời nào có nguồn / No stored response counted against a source");
                return 1;
            }
            var folder = Directory.CreateDirectory(result.GetRequiredValue(directory).FullName).FullName;
            var generated = new Dictionary<string, string> { ["id"] = "gen_random_uuid()", ["submitted_at"] = "now()" };
            var n = 0;
            foreach (var row in rows.OrderBy(r => r.TouchpointId))
            {
                var place = new TouchpointPlace(row.TouchpointId, "", true, false, row.CenterId, "", "", null, row.CounterId, null, null, row.DepartmentId, row.ProcedureId);
                var submission = new SurveySubmission { QuickRating = row.QuickRating };
                var parameters = SurveyInsert.Parameters(submission, place, row.Channel, row.WindowStart);
                parameters.AddRange(SurveyInsert.SourceParameters(row.SourceHash, row.WindowStart));
                await File.WriteAllTextAsync(Path.Combine(folder, $"tp{++n}.sql"), SurveyInsert.Inline(SurveyInsert.CountingSourceSql, parameters, generated) + ";\n", ct);
            }
            Console.WriteLine($"Đã ghi {n} kịch bản pgbench / Wrote {n} pgbench scripts to {folder}");
            return 0;
        }, cancellationToken));
        return command;
    }
}
