using System.Text.Json;
using L = CchcFeedback.Core.Catalog.ProcedureDetailsLimits;

namespace CchcFeedback.Core.Catalog.Import;

/// <summary>Reads and validates <c>procedure-details.json</c>: JSON rather than CSV because each record nests
/// lists (steps, documents with copy counts, fees, legal documents) that CSV would spread over linked files.</summary>
internal sealed class ProcedureDetailsParser(string directory, IReadOnlySet<string> procedureCodes, List<CatalogImportError> errors)
{
    private const string File = CatalogFile.ProcedureDetails;
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The validated records, or null when the folder has no details file.</summary>
    public IReadOnlyList<ProcedureDetailsRow>? Parse()
    {
        var path = Path.Combine(directory, File);
        if (!System.IO.File.Exists(path))
        {
            return null;
        }
        ReadOnlyMemory<byte> json = System.IO.File.ReadAllBytes(path);
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        if (FirstInvalidUtf8(json.Span) is { } bad)
        {
            var line = json.Span[..bad].Count((byte)'\n') + 1;
            errors.Add(new CatalogImportError(File, line, null, "Tệp không phải mã UTF-8.", "The file is not UTF-8 encoded."));
            return [];
        }
        JsonDocument document;
        JsonLines lines;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            lines = JsonLines.Read(json.Span, ReaderOptions);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var position = (e.BytePositionInLine ?? 0) + 1;
            errors.Add(new CatalogImportError(File, line, null,
                $"Tệp JSON sai cú pháp ở dòng {line}, vị trí {position}.", $"Invalid JSON syntax at line {line}, position {position}."));
            return [];
        }
        using (document)
        {
            return Records(document.RootElement, lines);
        }
    }

    /// <summary>The offset of the first byte that is not UTF-8, which the JSON reader would only find too late
    /// (reading a string's value throws).</summary>
    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> json)
    {
        var buffer = new char[json.Length];
        return System.Text.Unicode.Utf8.ToUtf16(json, buffer, out var read, out _, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done
            ? null
            : read;
    }

    private List<ProcedureDetailsRow> Records(JsonElement root, JsonLines lines)
    {
        var rows = new List<ProcedureDetailsRow>();
        var top = new JsonRecordErrors(File, lines, errors);
        if (root.ValueKind != JsonValueKind.Object)
        {
            top.Fail("", "", "Tệp phải là một đối tượng { \"procedures\": [...] }.", "The file must be one object { \"procedures\": [...] }.");
            return rows;
        }
        var file = new JsonObjectReader(root, "", "", top);
        file.OnlyKnown("procedures");
        var firstLineOfCode = new Dictionary<string, int>();
        var records = file.List("procedures", 0, int.MaxValue, item => item, required: true);
        foreach (var item in records)
        {
            var recordErrors = new JsonRecordErrors(File, lines, errors);
            // Fields are named inside their record ("documents[1].copies"); the line says which record.
            var record = (item with { Field = "", Errors = recordErrors }).AsObject();
            if (record is null)
            {
                continue;
            }
            var row = Record(record);
            var line = lines.LineOf(JsonLines.Child(item.Path, "code"));
            if (row.Code.Length > 0 && !firstLineOfCode.TryAdd(row.Code, line))
            {
                record.Fail("code", $"Mã “{row.Code}” bị trùng (đã có ở dòng {firstLineOfCode[row.Code]}).",
                    $"Duplicate code '{row.Code}' (already on line {firstLineOfCode[row.Code]}).");
            }
            if (!recordErrors.HasErrors)
            {
                rows.Add(row);
            }
        }
        return rows;
    }

    private ProcedureDetailsRow Record(JsonObjectReader r)
    {
        r.OnlyKnown("code", "sample", "agency", "submission", "steps", "documents", "processingTime", "fees",
            "applicants", "requirements", "legalBasis", "result");
        var code = r.Text("code", CatalogLimits.CodeLength);
        if (code.Length > 0 && !procedureCodes.Contains(code))
        {
            r.Fail("code", $"Không có thủ tục mã “{code}”.", $"Unknown procedure code '{code}'.");
        }
        var submission = r.Object("submission");
        submission?.OnlyKnown("atCenter", "byPost", "online", "portalUrl", "notes");
        return new ProcedureDetailsRow(
            code,
            r.Flag("sample", whenAbsent: false),
            r.Text("agency", L.AgencyLength),
            submission?.Flag("atCenter") ?? false,
            submission?.Flag("byPost") ?? false,
            submission?.Choice<OnlineService>("online") ?? OnlineService.None,
            submission?.HttpsUrl("portalUrl", L.UrlLength),
            submission?.OptionalText("notes", L.NotesLength, freeText: true),
            r.List("steps", 1, L.MaxSteps, s => s.AsText(L.StepLength, freeText: true)),
            r.List("documents", 0, L.MaxDocuments, d => d.AsObject() is { } o ? Document(o) : null, required: true).OfType<ProcedureDocument>().ToList(),
            r.Text("processingTime", L.ProcessingTimeLength, freeText: true),
            r.List("fees", 0, L.MaxFees, f => f.AsObject() is { } o ? Fee(o) : null).OfType<ProcedureFee>().ToList(),
            r.Text("applicants", L.ApplicantsLength, freeText: true),
            r.Text("requirements", L.RequirementsLength, freeText: true),
            r.List("legalBasis", 1, L.MaxLegalDocuments, d => d.AsObject() is { } o ? Legal(o) : null).OfType<LegalDocument>().ToList(),
            r.Text("result", L.ResultLength, freeText: true));
    }

    private static ProcedureDocument Document(JsonObjectReader r)
    {
        r.OnlyKnown("name", "originals", "copies", "notes");
        return new ProcedureDocument(r.Text("name", L.DocumentNameLength), r.WholeNumber("originals", 0, L.MaxCopies),
            r.WholeNumber("copies", 0, L.MaxCopies), r.OptionalText("notes", L.NotesLength, freeText: true));
    }

    private static ProcedureFee Fee(JsonObjectReader r)
    {
        r.OnlyKnown("name", "amount");
        return new ProcedureFee(r.Text("name", L.FeeTextLength), r.Text("amount", L.FeeTextLength, freeText: true));
    }

    private static LegalDocument Legal(JsonObjectReader r)
    {
        r.OnlyKnown("number", "title");
        return new LegalDocument(r.Text("number", L.LegalNumberLength), r.Text("title", L.LegalTitleLength));
    }
}
