namespace CchcFeedback.Core.Reports;

/// <summary>Section VI: what citizens asked for most: the expectations ticked on the form, and the phrases that
/// come back most in comments and in petitions (<see cref="TextThemes"/>).</summary>
public static class ConcernsSection
{
    public static ReportSection From(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var blocks = new List<ReportBlock> { new ReportHeadingBlock("1. Mong muốn cần cải thiện trước (người trả lời chọn tối đa ba)", 2) };
        var expectations = content.Expectations;
        if (!expectations.IsPublishable)
        {
            blocks.Add(new ReportParagraph($"Có {ReportNumbers.Count(expectations.Respondents)} phiếu khảo sát đầy đủ {ReportNumbers.FewAnswers}: không công bố."));
        }
        else
        {
            if (expectations.Choices.Count > 0)
            {
                var top = expectations.Choices[0];
                blocks.Add(new ReportParagraph(
                    $"Trong {ReportNumbers.Count(expectations.Respondents)} phiếu, mong muốn được chọn nhiều nhất là «{top.Label}» " +
                    $"({ReportNumbers.Count(top.Count)} lượt, {top.Share.Format(ReportNumbers.Percent)} số người trả lời)."));
            }
            blocks.Add(new ReportTableBlock(new ReportTable(
                "Mong muốn",
                "Mong muốn của người dân, tổ chức",
                [new("Mong muốn"), new("Số lượt chọn"), new("Tỷ lệ người trả lời chọn")],
                [.. expectations.Choices.Select(c => (IReadOnlyList<ReportCell>)
                    [ReportCell.Text(c.Label), ReportCell.Count(c.Count), ReportCell.Of(c.Share, ReportCell.Percent)])])));
        }
        blocks.Add(new ReportHeadingBlock("2. Nội dung được nhắc đến nhiều trong góp ý và phản ánh, kiến nghị", 2));
        blocks.Add(new ReportParagraph(
            "Cách đếm: mỗi ý kiến được đọc thành các cụm hai âm tiết liền nhau (không phân biệt có dấu hay không dấu, bỏ các hư từ, ưu tiên cụm gặp nhiều hơn), " +
            "mỗi cụm đếm một lần trong một ý kiến; " +
            $"chỉ nêu cụm có trong ít nhất {TextThemes.MinimumTexts} ý kiến. Đây là thống kê từ ngữ đơn giản, cần đọc cùng nội dung các ý kiến.", Italic: true));
        AddThemes(blocks, content.CommentThemes, "Góp ý", "Cụm từ nhắc nhiều trong góp ý của người trả lời khảo sát", "góp ý");
        AddThemes(blocks, content.PetitionThemes, "Chủ đề phản ánh", "Cụm từ nhắc nhiều trong phản ánh, kiến nghị", "phản ánh, kiến nghị");
        return new ReportSection("NỘI DUNG NGƯỜI DÂN QUAN TÂM NHIỀU NHẤT", blocks);
    }

    private static void AddThemes(List<ReportBlock> blocks, TextThemes themes, string sheetName, string caption, string what)
    {
        if (!themes.IsPublishable)
        {
            blocks.Add(new ReportParagraph($"Có {ReportNumbers.Count(themes.Texts)} {what} {ReportNumbers.FewAnswers}: không tổng hợp."));
            return;
        }
        if (themes.Themes.Count == 0)
        {
            blocks.Add(new ReportParagraph($"Trong {ReportNumbers.Count(themes.Texts)} {what}, không cụm từ nào lặp lại ở từ {TextThemes.MinimumTexts} ý kiến trở lên."));
            return;
        }
        blocks.Add(new ReportParagraph(
            $"Trong {ReportNumbers.Count(themes.Texts)} {what}, được nhắc nhiều nhất: " +
            string.Join("; ", themes.Themes.Take(5).Select(t => $"«{t.Phrase}» ({ReportNumbers.Count(t.Texts)})")) + "."));
        blocks.Add(new ReportTableBlock(new ReportTable(
            sheetName,
            caption,
            [new("Cụm từ"), new("Số ý kiến nhắc đến")],
            [.. themes.Themes.Select(t => (IReadOnlyList<ReportCell>)[ReportCell.Text(t.Phrase), ReportCell.Count(t.Texts)])])));
    }
}
