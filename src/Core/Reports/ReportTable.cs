using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Reports;

public enum ReportCellKind
{
    Text,
    Count,
    Percent,
    Decimal,

    /// <summary>Nothing to show that is not a suppression: a ratio without a denominator.</summary>
    None,

    /// <summary>A figure from fewer than <see cref="SmallCellRule.MinimumAnswers"/> answers: never shown.</summary>
    Suppressed,
}

/// <summary>One cell of a report table: how the document writes it and, for numbers, the value the annex keeps
/// (a share as a fraction, formatted as a percentage there). A suppressed cell carries only its n.</summary>
public sealed record ReportCell(ReportCellKind Kind, string Display, double? Value = null)
{
    public static ReportCell Text(string text) => new(ReportCellKind.Text, text);

    public static ReportCell Count(long count) => new(ReportCellKind.Count, ReportNumbers.Count(count), count);

    public static ReportCell Percent(double share) => new(ReportCellKind.Percent, ReportNumbers.Percent(share), share);

    public static ReportCell Decimal(double value, string format = "0.00") => new(ReportCellKind.Decimal, ReportNumbers.Decimal(value, format), value);

    public static ReportCell None { get; } = new(ReportCellKind.None, "–");

    public static ReportCell Suppressed { get; } = new(ReportCellKind.Suppressed, ReportNumbers.NotPublished);

    public static ReportCell PercentOrNone(double? share) => share is { } value ? Percent(value) : None;

    /// <summary>The published figure through <paramref name="shown"/>, or a suppressed cell.</summary>
    public static ReportCell Of<T>(PublishedFigure<T> figure, Func<T, ReportCell> shown)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(shown);
        return figure.TryGetValue(out var value) ? shown(value) : Suppressed;
    }
}

/// <summary>Where a column appears: the document keeps tables narrow (an interval in one column), the annex keeps
/// every number in a cell of its own (lower and upper bound apart).</summary>
public enum ReportColumnUse
{
    Both,
    Document,
    Annex,
}

public sealed record ReportColumn(string Header, ReportColumnUse Use = ReportColumnUse.Both)
{
    public bool InDocument => Use != ReportColumnUse.Annex;

    public bool InAnnex => Use != ReportColumnUse.Document;
}

/// <summary>A table of the report, written the same way into the document, its HTML preview and its annex (one
/// sheet each, named <see cref="SheetName"/>). Tables with <see cref="InDocument"/> false are in the annex only.</summary>
public sealed record ReportTable
{
    public const string SuppressedNote = "«—»: số liệu dưới 10 ý kiến, không công bố (quy tắc ô nhỏ).";

    public ReportTable(string sheetName, string caption, IReadOnlyList<ReportColumn> columns, IReadOnlyList<IReadOnlyList<ReportCell>> rows, bool inDocument = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        // Excel's limits on a sheet name.
        if (sheetName.Length > 31 || sheetName.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0)
        {
            throw new ArgumentException($"'{sheetName}' cannot name a sheet.", nameof(sheetName));
        }
        if (rows.FirstOrDefault(r => r.Count != columns.Count) is { } wrong)
        {
            throw new ArgumentException($"A row of '{sheetName}' has {wrong.Count} cells for {columns.Count} columns.", nameof(rows));
        }
        SheetName = sheetName;
        Caption = caption;
        Columns = columns;
        Rows = rows;
        InDocument = inDocument;
    }

    public string SheetName { get; }

    public string Caption { get; init; }

    public IReadOnlyList<ReportColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<ReportCell>> Rows { get; }

    public bool InDocument { get; }

    public bool HasSuppressedCells => Rows.Any(r => r.Any(c => c.Kind == ReportCellKind.Suppressed));

    /// <summary>The columns and cells one view shows, in order.</summary>
    public (IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ReportCell>> Rows) View(bool annex)
    {
        var keep = Columns.Select((c, i) => (c, i)).Where(p => annex ? p.c.InAnnex : p.c.InDocument).Select(p => p.i).ToList();
        return ([.. keep.Select(i => Columns[i].Header)], [.. Rows.Select(r => (IReadOnlyList<ReportCell>)[.. keep.Select(i => r[i])])]);
    }
}
