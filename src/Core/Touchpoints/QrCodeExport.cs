using CchcFeedback.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace CchcFeedback.Core.Touchpoints;

/// <summary>Writes the QR code of every active touchpoint as PNG and SVG files for a print shop: a counter's
/// as <c>COUNTER_CODE.png/.svg</c>, a center entrance's as <c>CENTER_CODE.png/.svg</c>.</summary>
public class QrCodeExport(CchcDbContext db, QrCodeRenderer renderer)
{
    /// <summary>Large enough for an A4 poster at print resolution without scaling up.</summary>
    public const int PrintPixelsPerModule = 20;

    public record ExportedFile(string Code, string Url, string PngPath, string SvgPath);

    public async Task<IReadOnlyList<ExportedFile>> ExportAsync(string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        var touchpoints = await db.Touchpoints.AsNoTracking()
            .Where(t => t.RevokedAt == null && t.ProcedureId == null)
            .OrderBy(t => t.Center.Code).ThenBy(t => t.Counter == null ? "" : t.Counter.Code)
            .Select(t => new { t.Token, Code = t.Counter == null ? t.Center.Code : t.Counter.Code })
            .ToListAsync(cancellationToken);
        var files = new List<ExportedFile>(touchpoints.Count);
        foreach (var touchpoint in touchpoints)
        {
            var name = SafeFileName(touchpoint.Code);
            var png = Path.Combine(directory, name + ".png");
            var svg = Path.Combine(directory, name + ".svg");
            await File.WriteAllBytesAsync(png, renderer.Png(touchpoint.Token, PrintPixelsPerModule), cancellationToken);
            await File.WriteAllTextAsync(svg, renderer.Svg(touchpoint.Token), cancellationToken);
            files.Add(new ExportedFile(touchpoint.Code, renderer.UrlFor(touchpoint.Token), png, svg));
        }
        return files;
    }

    /// <summary>The sample codes are letters, digits, '_' and '-'; the importer allows more, so anything else
    /// (a slash, a dot, a Vietnamese letter) becomes '_' rather than a path outside the folder.</summary>
    private static string SafeFileName(string code) =>
        new([.. code.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_')]);
}
