namespace CchcFeedback.Core.Petitions;

/// <summary>A photo sent with a petition, as re-encoded by <see cref="PhotoSanitizer"/>: no EXIF, no GPS.</summary>
public class PetitionPhoto
{
    public Guid Id { get; set; }
    public Guid PetitionId { get; set; }

    /// <summary>1 to <see cref="PetitionLimits.MaxPhotos"/>, in the order the citizen chose them.</summary>
    public short Position { get; set; }
    public required string ContentType { get; set; }
    public int SizeBytes { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public required byte[] Bytes { get; set; }

    /// <summary>Set when a manager redacted the photo: <see cref="Bytes"/> is then empty and the original is kept
    /// apart, encrypted, in <see cref="Handling.PetitionRedaction"/>.</summary>
    public DateTimeOffset? RedactedAt { get; set; }
}
