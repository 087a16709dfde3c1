using System.Globalization;
using System.Text;
using CchcFeedback.Core.Assistant.Understanding;
using CchcFeedback.Core.Catalog;

namespace CchcFeedback.Core.Assistant.Replying;

/// <summary>Writes the part of a procedure's official record that was asked for, short enough for a phone: the
/// procedure's name and code first, the quoted text, then the legal basis. Long items are cut with "…": the
/// whole record is one tap away on <c>/thu-tuc/{code}</c>.</summary>
public static class ProcedureReplyWriter
{
    private const int ItemLength = 240;
    private const int MaxItems = 6;

    public static string Write(KnownProcedure procedure, IReadOnlyList<ProcedureAspect> aspects)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Thủ tục {procedure.Name} (mã {procedure.Code}).");
        if (procedure.Details is not { } details)
        {
            text.Append(CultureInfo.InvariantCulture, $"\nThời hạn giải quyết: {procedure.ProcessingDays} ngày làm việc.");
            text.Append("\nNội dung chi tiết của thủ tục này chưa được công bố; xin xem trang thủ tục hoặc hỏi tại bộ phận một cửa.");
            return text.ToString();
        }
        var asked = aspects.Where(a => a != ProcedureAspect.Overview).Take(2).ToList();
        if (asked.Count == 0)
        {
            Overview(text, details);
        }
        foreach (var aspect in asked)
        {
            Aspect(text, aspect, details);
        }
        if (!asked.Contains(ProcedureAspect.Legal) && details.LegalBasis.Count > 0)
        {
            text.Append("\nCăn cứ pháp lý: ").Append(string.Join("; ", details.LegalBasis.Take(3).Select(l => l.Number)));
            text.Append('.');
        }
        if (details.Sample)
        {
            text.Append("\n(Nội dung mẫu, sẽ được thay bằng bản chính thức.)");
        }
        return text.ToString();
    }

    private static void Overview(StringBuilder text, ProcedureDetails details)
    {
        text.Append("\nCơ quan thực hiện: ").Append(Cut(details.Agency)).Append('.');
        text.Append("\nThời hạn giải quyết: ").Append(Cut(details.ProcessingTime));
        text.Append("\nPhí, lệ phí: ").Append(details.Fees.Count == 0 ? "không." : Cut(string.Join("; ", details.Fees.Select(f => $"{f.Name}: {f.Amount}"))));
        text.Append(CultureInfo.InvariantCulture, $"\nHồ sơ gồm {details.Documents.Count} thành phần; nộp {Places(details)}.");
    }

    private static void Aspect(StringBuilder text, ProcedureAspect aspect, ProcedureDetails details)
    {
        switch (aspect)
        {
            case ProcedureAspect.Papers:
                text.Append("\nThành phần hồ sơ:");
                foreach (var document in details.Documents.Take(MaxItems))
                {
                    text.Append("\n• ").Append(Cut(document.Name)).Append(Copies(document));
                }
                More(text, details.Documents.Count);
                break;
            case ProcedureAspect.Time:
                text.Append("\nThời hạn giải quyết: ").Append(Cut(details.ProcessingTime));
                break;
            case ProcedureAspect.Fee:
                text.Append("\nPhí, lệ phí:");
                if (details.Fees.Count == 0)
                {
                    text.Append(" không thu.");
                }
                foreach (var fee in details.Fees.Take(MaxItems))
                {
                    text.Append("\n• ").Append(Cut($"{fee.Name}: {fee.Amount}"));
                }
                break;
            case ProcedureAspect.Place:
                text.Append("\nCơ quan thực hiện: ").Append(Cut(details.Agency)).Append('.');
                text.Append("\nCách nộp: ").Append(Places(details)).Append('.');
                if (details.SubmissionNotes is { Length: > 0 } notes)
                {
                    text.Append('\n').Append(Cut(notes));
                }
                break;
            case ProcedureAspect.Steps:
                text.Append("\nTrình tự thực hiện:");
                var number = 0;
                foreach (var step in details.Steps.Take(MaxItems))
                {
                    text.Append(CultureInfo.InvariantCulture, $"\n{++number}. ").Append(Cut(step));
                }
                More(text, details.Steps.Count);
                break;
            case ProcedureAspect.Online:
                text.Append('\n').Append(details.Online switch
                {
                    OnlineService.Full => "Có thể nộp trực tuyến toàn trình",
                    OnlineService.Partial => "Có thể nộp trực tuyến một phần",
                    _ => "Thủ tục này chưa nộp trực tuyến được; xin nộp trực tiếp hoặc qua bưu chính",
                });
                text.Append(details.Online != OnlineService.None && details.PortalUrl is { } url ? $": {url}." : ".");
                break;
            case ProcedureAspect.Who:
                text.Append("\nĐối tượng thực hiện: ").Append(Cut(details.Applicants));
                text.Append("\nYêu cầu, điều kiện: ").Append(Cut(details.Requirements));
                break;
            case ProcedureAspect.Result:
                text.Append("\nKết quả: ").Append(Cut(details.Result));
                break;
            case ProcedureAspect.Legal:
                text.Append("\nCăn cứ pháp lý:");
                foreach (var law in details.LegalBasis.Take(MaxItems))
                {
                    text.Append("\n• ").Append(Cut($"{law.Number} {law.Title}"));
                }
                break;
        }
    }

    private static string Places(ProcedureDetails details)
    {
        var ways = new List<string>();
        if (details.AtCenter)
        {
            ways.Add("trực tiếp tại bộ phận một cửa");
        }
        if (details.ByPost)
        {
            ways.Add("qua bưu chính");
        }
        if (details.Online != OnlineService.None)
        {
            ways.Add(details.Online == OnlineService.Full ? "trực tuyến toàn trình" : "trực tuyến một phần");
        }
        return ways.Count == 0 ? "theo hướng dẫn của cơ quan thực hiện" : string.Join(", ", ways);
    }

    private static string Copies(ProcedureDocument document)
    {
        var parts = new List<string>();
        if (document.Originals > 0)
        {
            parts.Add($"{document.Originals} bản chính");
        }
        if (document.Copies > 0)
        {
            parts.Add($"{document.Copies} bản sao");
        }
        if (parts.Count == 0 && document.Notes is { Length: > 0 } notes)
        {
            parts.Add(Cut(notes, 80));
        }
        return parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})";
    }

    private static void More(StringBuilder text, int count)
    {
        if (count > MaxItems)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n(và {count - MaxItems} mục khác: xem đầy đủ trên trang thủ tục)");
        }
    }

    private static string Cut(string text, int length = ItemLength)
    {
        if (text.Length <= length)
        {
            return text;
        }
        var space = text.LastIndexOf(' ', length - 1);
        return text[..(space > length / 2 ? space : length - 1)].TrimEnd(',', ';', ' ') + "…";
    }
}
