using System.Globalization;
using System.Text;

namespace CchcFeedback.Core.Routing;

/// <summary>Folds Vietnamese text to one comparable form: lower case, no tone or vowel marks, đ as d, words
/// separated by single spaces, and the abbreviations people type on phones spelt out. A petition written
/// without diacritics then reads exactly like one written with them.</summary>
public static class VietnameseText
{
    // Informal spellings seen in messages to public services, each with the folded word(s) it stands for.
    private static readonly Dictionary<string, string> Abbreviations = new string[]
    {
        "ko=khong", "k=khong", "kg=khong", "khg=khong", "kh=khong", "hok=khong", "hem=khong", "dc=duoc", "dk=dang ky",
        "dky=dang ky", "dki=dang ky", "j=gi", "cb=can bo", "cbcc=can bo cong chuc", "nv=nhan vien", "hs=ho so",
        "hso=ho so", "vs=voi", "ng=nguoi", "mk=minh", "mik=minh", "r=roi", "oy=roi", "qd=quyet dinh",
        "gcn=giay chung nhan", "qsdd=quyen su dung dat", "dvc=dich vu cong", "tthc=thu tuc hanh chinh",
        "cccd=can cuoc cong dan", "gplx=giay phep lai xe", "gpxd=giay phep xay dung", "gpkd=giay phep kinh doanh",
        "sdt=so dien thoai", "trc=truoc", "tgian=thoi gian", "lm=lam", "bn=bao nhieu", "bik=biet", "bit=biet",
        "ntn=nhu the nao", "wa=qua", "xn=xac nhan", "tks=cam on", "thanks=cam on",
        "ttpvhcc=trung tam phuc vu hanh chinh cong", "hcc=hanh chinh cong", "cchc=cai cach hanh chinh",
    }.Select(pair => pair.Split('=')).ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);

    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var letters = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            letters.Append(c switch
            {
                'đ' or 'Đ' or 'ð' or 'Ð' => 'd',
                _ when char.IsLetterOrDigit(c) => char.ToLowerInvariant(c),
                _ => ' ',
            });
        }
        var words = letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => Abbreviations.GetValueOrDefault(word, word));
        return string.Join(' ', words).Replace("uy ban nhan dan", "ubnd", StringComparison.Ordinal);
    }
}
