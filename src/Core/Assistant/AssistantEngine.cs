using CchcFeedback.Core.Assistant.Replying;
using CchcFeedback.Core.Assistant.Understanding;
using CchcFeedback.Core.Calendar;
using CchcFeedback.Core.Data;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.Deadlines;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Core.Assistant;

/// <summary>Understands a question and decides the reply, storing nothing (the evaluation runs it too).
/// Order: a tracking code typed in the text, a catalog code, tracking words, petition words, rating words,
/// then the procedures' scores, where a decline cue (passport, weather) asks for a much stronger match.</summary>
public class AssistantEngine(
    CchcDbContext db,
    AssistantKnowledgeSource knowledgeSource,
    PetitionReader petitions,
    IOptions<AssistantOptions> options)
{
    /// <summary>A procedure matched this well answers even next to a decline cue ("kết hôn cần hộ chiếu không").</summary>
    private const double OverDeclineCue = 0.8;

    public async Task<AssistantDecision> DecideAsync(AssistantQuestion question, string maskedQuestion, string? previousProcedure, CancellationToken cancellationToken)
    {
        var (decision, candidates) = await DecideWithCandidatesAsync(question, maskedQuestion, previousProcedure, cancellationToken);
        return decision with { Candidates = [.. candidates.Take(3)] };
    }

    private async Task<(AssistantDecision, IReadOnlyList<ProcedureCandidate>)> DecideWithCandidatesAsync(
        AssistantQuestion question, string maskedQuestion, string? previousProcedure, CancellationToken cancellationToken)
    {
        var knowledge = await knowledgeSource.GetAsync(db, cancellationToken);
        var reading = QuestionReading.Read(question.Text, knowledge.Glossary, knowledge.Matcher.Codes);
        if (reading.TypedTrackingCode is not null)
        {
            return (await TrackAsync(reading.TrackingCode, cancellationToken), []);
        }
        if (reading.CatalogCode is not null)
        {
            return (Answer(knowledge.Procedures[reading.CatalogCode], reading, 1.0, maskedQuestion, question.TouchpointToken), []);
        }
        if (reading.TrackCue)
        {
            return (AskForTrackingCode(), []);
        }
        var match = knowledge.Matcher.Match(reading.Rewritten);
        var candidates = match.Candidates;
        var settings = options.Value;
        var best = candidates.FirstOrDefault();
        var margin = candidates.Count > 1 ? best!.Score - candidates[1].Score : 1.0;
        // Clear: good enough, and ahead of the second by the margin, and either far ahead or told apart by a word.
        var clear = best is not null && best.Score >= settings.AnswerThreshold && margin >= settings.ClarifyMargin
            && (match.Distinct || margin >= settings.UndistinguishedMargin);
        if (reading.PetitionCue)
        {
            return (Petition(clear ? best!.Code : null, maskedQuestion, question.TouchpointToken), candidates);
        }
        if (reading.RateCue)
        {
            return (Rate(question.TouchpointToken), candidates);
        }
        // "Còn lệ phí thì sao?" after an answer: an aspect without a clear procedure asks about the previous turn's.
        if (!clear && previousProcedure is not null && !reading.DeclineCue && reading.Aspects.Count > 0
            && knowledge.Procedures.TryGetValue(previousProcedure, out var previous))
        {
            return (Answer(previous, reading, settings.AnswerThreshold, maskedQuestion, question.TouchpointToken), candidates);
        }
        if (best is null || best.Score < settings.DeclineThreshold || (reading.DeclineCue && best.Score < OverDeclineCue))
        {
            return (Decline(best?.Score ?? 0), candidates);
        }
        var close = candidates.TakeWhile(c => best.Score - c.Score < settings.ClarifyMargin && c.Score >= settings.DeclineThreshold)
            .Take(settings.MaxChoices).ToList();
        if (clear)
        {
            return (Answer(knowledge.Procedures[best.Code], reading, best.Score, maskedQuestion, question.TouchpointToken), candidates);
        }
        if (close.Count < 2)
        {
            close = [.. candidates.Where(c => c.Score >= settings.DeclineThreshold).Take(settings.MaxChoices)];
        }
        return (Clarify(close.Select(c => knowledge.Procedures[c.Code]).ToList(), reading, best.Score), candidates);
    }

    private static AssistantDecision Answer(KnownProcedure procedure, QuestionReading reading, double confidence, string maskedQuestion, string? token)
    {
        var links = new List<AssistantLink> { AssistantLinks.Procedure(procedure.Code), AssistantLinks.Petition(procedure.Code, maskedQuestion, token) };
        if (AssistantLinks.Rate(token) is { } rate)
        {
            links.Add(rate);
        }
        return new AssistantDecision(AssistantIntent.Procedure, AssistantOutcome.Answered, procedure.Code, confidence,
            ProcedureReplyWriter.Write(procedure, reading.Aspects), [], links);
    }

    private static AssistantDecision Clarify(IReadOnlyList<KnownProcedure> procedures, QuestionReading reading, double confidence)
    {
        // The aspect goes back with the choice, so that "bao lâu?" is still answered after the tap.
        var aspect = AspectWords(reading.Aspects.FirstOrDefault());
        var choices = procedures.Select(p => new AssistantChoice(p.Name, $"{p.Name} ({p.Code}){aspect}")).ToList();
        var text = procedures.Count == 1
            ? $"Có phải bạn hỏi về thủ tục {procedures[0].Name}? Xin chọn bên dưới, hoặc hỏi lại rõ hơn."
            : "Bạn hỏi về thủ tục nào? Xin chọn một thủ tục bên dưới.";
        return new AssistantDecision(AssistantIntent.Procedure, AssistantOutcome.Clarifying, null, confidence, text, choices,
            [AssistantLinks.Catalog()]);
    }

    private static string AspectWords(ProcedureAspect aspect) => aspect switch
    {
        ProcedureAspect.Papers => ": cần giấy tờ gì",
        ProcedureAspect.Time => ": thời gian giải quyết",
        ProcedureAspect.Fee => ": lệ phí",
        ProcedureAspect.Place => ": nộp ở đâu",
        ProcedureAspect.Steps => ": trình tự thực hiện",
        ProcedureAspect.Online => ": nộp trực tuyến",
        ProcedureAspect.Who => ": đối tượng, điều kiện",
        ProcedureAspect.Result => ": kết quả",
        ProcedureAspect.Legal => ": căn cứ pháp lý",
        _ => "",
    };

    public static AssistantDecision Decline(double confidence) => new(
        AssistantIntent.OutOfScope, AssistantOutcome.Declined, null, confidence,
        "Xin lỗi, tôi chưa trả lời được câu hỏi này. Tôi có thể giúp: hỏi về thủ tục hành chính trong danh mục của tỉnh " +
        "(giấy tờ, thời gian, lệ phí, nơi nộp), tra cứu phản ánh bằng mã, gửi phản ánh, kiến nghị, hoặc đánh giá dịch vụ.",
        [AssistantMenu.Track, AssistantMenu.Petition, AssistantMenu.Rate],
        [AssistantLinks.Catalog()]);

    private static AssistantDecision Petition(string? procedureCode, string maskedQuestion, string? token) => new(
        AssistantIntent.Petition, AssistantOutcome.Answered, procedureCode, 1.0,
        "Bạn có thể gửi phản ánh, kiến nghị, khiếu nại hoặc tố cáo qua biểu mẫu: nội dung bạn vừa viết đã được điền sẵn. " +
        "Sau khi gửi, bạn nhận một mã tra cứu để theo dõi việc giải quyết.",
        [],
        [AssistantLinks.Petition(procedureCode, maskedQuestion, token)]);

    private static AssistantDecision Rate(string? token) => AssistantLinks.Rate(token) is { } rate
        ? new(AssistantIntent.Rate, AssistantOutcome.Answered, null, 1.0,
            "Cảm ơn bạn! Mời bạn đánh giá mức độ hài lòng với quầy bạn vừa đến.", [], [rate])
        : new(AssistantIntent.Rate, AssistantOutcome.Answered, null, 1.0,
            "Để đánh giá, xin quét mã QR dán tại quầy tiếp nhận nơi bạn làm thủ tục: trang đánh giá của đúng quầy đó sẽ mở ra.", [], []);

    private static AssistantDecision AskForTrackingCode() => new(
        AssistantIntent.Track, AssistantOutcome.Answered, null, 1.0,
        "Xin gửi mã tra cứu của phản ánh (dạng PA-XXXX-XXXX-XXX, có trong tin nhắn hoặc giấy biên nhận), tôi sẽ cho biết tình trạng giải quyết.",
        [], [AssistantLinks.Track(null)]);

    private async Task<AssistantDecision> TrackAsync(string? code, CancellationToken cancellationToken)
    {
        if (code is null)
        {
            return new(AssistantIntent.Track, AssistantOutcome.Answered, null, 1.0,
                "Mã tra cứu này không đúng (mã có dạng PA-XXXX-XXXX-XXX; ký tự cuối là ký tự kiểm tra). Xin kiểm tra lại.",
                [], [AssistantLinks.Track(null)]);
        }
        var petition = await petitions.TrackAsync(code, cancellationToken);
        if (petition is null)
        {
            return new(AssistantIntent.Track, AssistantOutcome.Answered, null, 1.0,
                $"Không có phản ánh nào với mã {code}. Xin kiểm tra lại mã.", [], [AssistantLinks.Track(code)]);
        }
        var lines = new List<string>
        {
            $"Phản ánh {petition.TrackingCode}: {PetitionStatuses.Quoted(petition.Status).Vietnamese.Trim('"')}.",
        };
        lines.Add(petition.DepartmentName is { } department && !petition.NeedsTriage
            ? $"Cơ quan giải quyết: {department}."
            : "Đang chờ chuyển đến cơ quan có thẩm quyền.");
        if (petition.IsOpen && petition.DueAt is { } due)
        {
            lines.Add($"Hạn giải quyết: {PetitionDeadlines.LastDayOf(due):dd/MM/yyyy}.");
        }
        if (petition.AnswerPublishedAt is not null)
        {
            lines.Add("Đã có trả lời: xem trên trang tra cứu.");
        }
        return new(AssistantIntent.Track, AssistantOutcome.Answered, null, 1.0, string.Join('\n', lines), [], [AssistantLinks.Track(petition.TrackingCode)]);
    }
}
