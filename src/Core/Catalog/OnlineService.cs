namespace CchcFeedback.Core.Catalog;

/// <summary>How far a procedure can be done online (dịch vụ công trực tuyến một phần / toàn trình).</summary>
public enum OnlineService
{
    None,
    Partial,
    Full,
}
