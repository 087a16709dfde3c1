using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CchcFeedback.Core.Reports;

/// <summary>
/// The report as an HTML fragment for the archive page: the same outline as the document, every text encoded,
/// charts as PNG data URIs (the site's Content-Security-Policy allows <c>img-src data:</c>), and no inline style
/// (it forbids them): the page styles the classes <c>report-preview</c>, <c>report-heading</c>, <c>report-title</c>,
/// <c>report-table</c>, <c>report-chart</c>, <c>report-note</c>, <c>number</c>, <c>suppressed</c> and <c>report-signature</c>.
/// </summary>
public static class HtmlReportPreview
{
    // Vietnamese letters stay readable in the source; only what HTML needs escaped is.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Write(ReportOutline outline)
    {
        ArgumentNullException.ThrowIfNull(outline);
        var html = new StringBuilder();
        html.Append("<article class=\"report-preview\" lang=\"vi\" data-testid=\"report-preview\">");
        var heading = outline.Heading;
        html.Append("<table class=\"report-heading\"><tbody><tr>")
            .Append("<td>").Append(E(heading.GoverningBody)).Append("<br><strong>").Append(E(heading.IssuingBody)).Append("</strong></td>")
            .Append("<td><strong>").Append(E(ReportHeading.NationalName)).Append("</strong><br><strong>").Append(E(ReportHeading.Motto)).Append("</strong></td>")
            .Append("</tr><tr>")
            .Append("<td>").Append(E(heading.NumberLine)).Append("</td>")
            .Append("<td><em>").Append(E(heading.DateLine)).Append("</em></td>")
            .Append("</tr></tbody></table>");
        html.Append("<h2 class=\"report-title\"><span>").Append(E(ReportHeading.DocumentKind)).Append("</span><br><span>")
            .Append(E(outline.Title)).Append("</span></h2>");
        foreach (var block in outline.Body)
        {
            Block(html, block);
        }
        Signature(html, outline.Signature);
        return html.Append("</article>").ToString();
    }

    private static void Block(StringBuilder html, ReportBlock block)
    {
        switch (block)
        {
            case ReportHeadingBlock heading:
                var tag = heading.Level == 1 ? "h3" : "h4";
                html.Append('<').Append(tag).Append('>').Append(E(heading.Text)).Append("</").Append(tag).Append('>');
                break;
            case ReportParagraph paragraph:
                html.Append(paragraph.Italic ? "<p><em>" : "<p>").Append(E(paragraph.Text)).Append(paragraph.Italic ? "</em></p>" : "</p>");
                break;
            case ReportTableBlock { Table: var table }:
                Table(html, table);
                break;
            case ReportChart chart:
                html.Append("<figure class=\"report-chart\"><img src=\"data:image/png;base64,").Append(Convert.ToBase64String(chart.Png))
                    .Append("\" alt=\"").Append(E(chart.Caption)).Append("\" width=\"").Append(chart.Width / 2).Append("\" height=\"").Append(chart.Height / 2)
                    .Append("\"><figcaption>").Append(E(chart.Caption)).Append("</figcaption></figure>");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, null);
        }
    }

    private static void Table(StringBuilder html, ReportTable table)
    {
        var (headers, rows) = table.View(annex: false);
        html.Append("<figure class=\"report-table\"><table><caption>").Append(E(table.Caption)).Append("</caption><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\">").Append(E(header)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                html.Append(i == 0 ? "<th scope=\"row\">" : cell.Kind switch
                {
                    ReportCellKind.Suppressed => $"<td class=\"suppressed\" title=\"{E(ReportNumbers.FewAnswers)}\">",
                    ReportCellKind.Text => "<td>",
                    _ => "<td class=\"number\">",
                });
                html.Append(E(cell.Display)).Append(i == 0 ? "</th>" : "</td>");
            }
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        if (table.HasSuppressedCells)
        {
            html.Append("<p class=\"report-note\">").Append(E("Ghi chú: " + ReportTable.SuppressedNote)).Append("</p>");
        }
        html.Append("</figure>");
    }

    private static void Signature(StringBuilder html, ReportSignature signature)
    {
        html.Append("<div class=\"report-signature\"><div class=\"report-recipients\"><p><strong><em>")
            .Append(E(ReportSignature.RecipientsLabel)).Append("</em></strong></p><ul>");
        foreach (var recipient in signature.Recipients)
        {
            html.Append("<li>").Append(E(recipient)).Append("</li>");
        }
        html.Append("</ul></div><div class=\"report-signer\"><p><strong>").Append(E(signature.Authority)).Append("</strong></p>");
        if (!string.IsNullOrWhiteSpace(signature.SignerTitle))
        {
            html.Append("<p><strong>").Append(E(signature.SignerTitle)).Append("</strong></p>");
        }
        html.Append("<p><strong>").Append(E(signature.SignerName)).Append("</strong></p></div></div>");
    }

    private static string E(string text) => Encoder.Encode(text);
}
