namespace CchcFeedback.Core.Petitions;

/// <summary>The kinds in the words of PETITIONS.md: their codes (Api, Open311, database) and what each needs.</summary>
public static class PetitionKinds
{
    public static readonly IReadOnlyList<PetitionKind> All =
        [PetitionKind.PhanAnh, PetitionKind.KienNghi, PetitionKind.GopY, PetitionKind.KhieuNai, PetitionKind.ToCao];

    public static string Code(PetitionKind kind) => Data.SnakeCaseEnum.ToName(kind);

    public static PetitionKind? FromCode(string? code) =>
        code is not null && Data.SnakeCaseEnum.TryParse<PetitionKind>(code, out var kind) && Enum.IsDefined(kind) ? kind : null;

    /// <summary>The kind's name in Vietnamese, the resx key of its English.</summary>
    public static string Name(PetitionKind kind) => kind switch
    {
        PetitionKind.PhanAnh => "Phản ánh",
        PetitionKind.KienNghi => "Kiến nghị",
        PetitionKind.GopY => "Góp ý",
        PetitionKind.KhieuNai => "Khiếu nại",
        _ => "Tố cáo",
    };

    /// <summary>The name in a sentence ("phản ánh", "góp ý").</summary>
    public static string LowerName(PetitionKind kind) => Name(kind).ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>Decree 20/2008 asks name, address and phone of whoever sends a phản ánh or kiến nghị; the Law on
    /// Complaints and the Law on Denunciations ask them too. A góp ý may be anonymous.</summary>
    public static bool NeedsIdentity(PetitionKind kind) => kind != PetitionKind.GopY;

    /// <summary>Complaints and denunciations follow their own procedures and protect the sender: never offered
    /// as "similar" to another citizen, never merged.</summary>
    public static bool IsPersonal(PetitionKind kind) => kind is PetitionKind.KhieuNai or PetitionKind.ToCao;
}
