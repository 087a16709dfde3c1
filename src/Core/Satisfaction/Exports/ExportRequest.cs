using CchcFeedback.Core.Data;
using CchcFeedback.Core.Identity;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>A checked export: what, in which format, over which filter. The filter already carries the
/// department a DepartmentStaff caller is confined to.</summary>
public sealed record ExportRequest(
    ExportKind Kind,
    ExportFormat Format,
    SatisfactionFilter Filter,
    SatisfactionScope Unit,
    bool IncludeFlagged,
    IReadOnlyDictionary<string, string> Codes)
{
    /// <summary>The request; or the errors by parameter name (400); or <c>Forbidden</c> when the caller asked for
    /// another department's data (403).</summary>
    public static async Task<ExportRequestResult> ParseAsync(
        ExportKind kind, ExportParameters parameters, DepartmentScope scope, CchcDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(db);
        if (!MayExport(kind, scope))
        {
            return new ExportRequestResult(null, [], true, ResponsesRefused);
        }
        var errors = new Dictionary<string, string[]>();
        var format = ParseFormat(parameters.Format, errors);
        var period = PeriodParameters.Parse(parameters.From, parameters.To, errors);
        var unit = SatisfactionScope.Counter;
        if (parameters.Unit is not null && !SatisfactionScopes.TryParseUnitKind(parameters.Unit, out unit))
        {
            errors["unit"] = ["Cấp đơn vị phải là center, counter, department hoặc procedure. / The unit must be center, counter, department or procedure."];
        }

        var codes = new Dictionary<string, string>();
        var center = await IdOfAsync("center", parameters.Center, db.ServiceCenters.Select(c => new CodedId { Id = c.Id, Code = c.Code }), codes, errors, cancellationToken);
        var counter = await IdOfAsync("counter", parameters.Counter, db.Counters.Select(c => new CodedId { Id = c.Id, Code = c.Code }), codes, errors, cancellationToken);
        var department = await IdOfAsync("department", parameters.Department, db.Departments.Select(d => new CodedId { Id = d.Id, Code = d.Code }), codes, errors, cancellationToken);
        var procedure = await IdOfAsync("procedure", parameters.Procedure, db.Procedures.Select(p => new CodedId { Id = p.Id, Code = p.Code }), codes, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return new ExportRequestResult(null, errors, false);
        }

        if (!scope.IsAll)
        {
            if (department is { } asked && !scope.Includes(asked))
            {
                return new ExportRequestResult(null, errors, true, OtherDepartmentRefused);
            }
            if (department is null)
            {
                if (scope.DepartmentIds.Count != 1)
                {
                    return scope.DepartmentIds.Count == 0
                        ? new ExportRequestResult(null, errors, true, OtherDepartmentRefused)
                        : new ExportRequestResult(null, new() { ["department"] = ["Hãy chọn một cơ quan của bạn. / Choose one of your departments."] }, false);
                }
                // Department staff see their department's data only: the filter is narrowed, whatever else was asked.
                department = scope.DepartmentIds.Single();
                codes["department"] = await db.Departments.Where(d => d.Id == department).Select(d => d.Code).SingleAsync(cancellationToken);
            }
        }

        var filter = period! with
        {
            CenterId = center,
            CounterId = counter,
            DepartmentId = department,
            ProcedureId = procedure,
        };
        return new ExportRequestResult(new ExportRequest(kind, format!.Value, filter, unit, parameters.IncludeFlagged, codes), errors, false);
    }

    public const string ResponsesRefused =
        "Chỉ Quản trị và Lãnh đạo được xuất từng phiếu khảo sát. / Only Admins and Managers may export individual responses.";

    public const string OtherDepartmentRefused =
        "Bạn chỉ xuất được dữ liệu của đơn vị mình. / You may only export your own department's data.";

    /// <summary>Response rows sit below the 10-answer rule (one row is one person's visit), so only those who see
    /// every department (Admins and Managers) may export them; the published figures are anyone's on staff.</summary>
    public static bool MayExport(ExportKind kind, DepartmentScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return kind != ExportKind.Responses || scope.IsAll;
    }

    private static ExportFormat? ParseFormat(string? text, Dictionary<string, string[]> errors)
    {
        if (Enum.TryParse<ExportFormat>(text, ignoreCase: true, out var format) && Enum.IsDefined(format) && !int.TryParse(text, out _))
        {
            return format;
        }
        errors["format"] = ["Định dạng phải là csv hoặc xlsx. / The format must be csv or xlsx."];
        return null;
    }

    private static async Task<int?> IdOfAsync(
        string name, string? code, IQueryable<CodedId> units, Dictionary<string, string> codes, Dictionary<string, string[]> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var trimmed = code.Trim();
        var unit = await units.AsNoTracking().Where(u => u.Code == trimmed).FirstOrDefaultAsync(cancellationToken);
        if (unit is null)
        {
            errors[name] = [$"Không có mã '{trimmed}' trong danh mục. / No {name} has the code '{trimmed}'."];
            return null;
        }
        codes[name] = unit.Code;
        return unit.Id;
    }

    private sealed class CodedId
    {
        public int Id { get; init; }
        public required string Code { get; init; }
    }
}

/// <summary>The outcome of <see cref="ExportRequest.ParseAsync"/>; <see cref="Refusal"/> says why when forbidden.</summary>
public sealed record ExportRequestResult(ExportRequest? Request, Dictionary<string, string[]> Errors, bool Forbidden, string? Refusal = null);
