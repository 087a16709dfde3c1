namespace CchcFeedback.Core.Petitions;

/// <summary>What a petition is in law (PETITIONS.md): each kind has its own procedure and clock.</summary>
public enum PetitionKind
{
    /// <summary>Phản ánh: a difficulty caused by a regulation or by how an agency or official behaved.</summary>
    PhanAnh,

    /// <summary>Kiến nghị: a phản ánh with a proposed solution, or an initiative.</summary>
    KienNghi,

    /// <summary>Góp ý: a remark, thanks or suggestion; may be anonymous.</summary>
    GopY,

    /// <summary>Khiếu nại: contests a specific administrative decision or act (Law on Complaints 2011).</summary>
    KhieuNai,

    /// <summary>Tố cáo: reports a violation of law by a person or body (Law on Denunciations).</summary>
    ToCao,
}
