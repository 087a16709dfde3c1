namespace CchcFeedback.Core.Petitions;

public static class PetitionLimits
{
    public const int TitleMinLength = 5;
    public const int TitleMaxLength = 200;
    public const int TextMinLength = 10;
    public const int TextMaxLength = 5000;
    public const int DossierCodeLength = 64;
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int AddressMaxLength = 300;

    /// <summary>How long after a low survey rating the petition it offers may still be linked to it.</summary>
    public static readonly TimeSpan SurveyLinkValidFor = TimeSpan.FromDays(1);

    public const int MaxPhotos = 3;
    public const int MaxPhotoBytes = 5 * 1024 * 1024;

    /// <summary>Larger photos are scaled down: enough to read a sign or see a broken chair, and a tenth of the bytes.</summary>
    public const int PhotoMaxSide = 2048;

    /// <summary>Refuses decompression bombs: a small file that claims to be a gigantic image.</summary>
    public const long PhotoMaxPixels = 50_000_000;

    /// <summary>How many similar open petitions the form suggests, and how alike they must be (pg_trgm similarity).</summary>
    public const int SimilarSuggestions = 3;
    public const double SimilarityThreshold = 0.4;
}
