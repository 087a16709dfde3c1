using SkiaSharp;

namespace CchcFeedback.Core.Petitions;

/// <summary>Turns what a citizen uploaded as a "photo" into a clean JPEG, or refuses it. Only JPEG, PNG and WebP
/// are accepted, recognised by their first bytes (not the file name or the browser's content type), and only if
/// they decode as a whole. The pixels are then drawn upright (EXIF orientation applied) and encoded anew, so
/// nothing of the original file survives: no EXIF, no GPS position, no camera serial, no hidden payload.</summary>
public static class PhotoSanitizer
{
    private const int JpegQuality = 85;

    public static PhotoResult Sanitize(ReadOnlySpan<byte> upload)
    {
        if (upload.Length == 0)
        {
            return PhotoResult.Refused(PhotoProblem.Empty);
        }
        if (upload.Length > PetitionLimits.MaxPhotoBytes)
        {
            return PhotoResult.Refused(PhotoProblem.TooLarge);
        }
        if (!LooksLikeImage(upload))
        {
            return PhotoResult.Refused(PhotoProblem.NotAnImage);
        }
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height is 0 or > PetitionLimits.PhotoMaxPixels)
        {
            return PhotoResult.Refused(PhotoProblem.NotAnImage);
        }
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        if (codec.GetPixels(info, decoded.GetPixels()) != SKCodecResult.Success)
        {
            // An incomplete file (IncompleteInput) is refused too: half a photo is not evidence of anything.
            return PhotoResult.Refused(PhotoProblem.NotAnImage);
        }
        using var upright = Upright(decoded, codec.EncodedOrigin);
        using var scaled = ScaledDown(upright);
        using var flattened = OnWhite(scaled);
        using var encoded = flattened.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return encoded is null
            ? PhotoResult.Refused(PhotoProblem.NotAnImage)
            : PhotoResult.Accepted(new SanitizedPhoto("image/jpeg", encoded.ToArray(), flattened.Width, flattened.Height));
    }

    /// <summary>JPEG (FF D8 FF), PNG (89 P N G \r \n 1A \n) or WebP (RIFF …. WEBP).</summary>
    public static bool LooksLikeImage(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        || (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8));

    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return source.Copy();
        }
        var swaps = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(swaps ? source.Height : source.Width, swaps ? source.Width : source.Height, source.ColorType, source.AlphaType);
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(OriginMatrix(origin, source.Width, source.Height));
        canvas.DrawBitmap(source, 0, 0);
        return result;
    }

    /// <summary>The transform that draws an image stored with this EXIF origin the right way up.</summary>
    private static SKMatrix OriginMatrix(SKEncodedOrigin origin, int width, int height) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, height, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, height, -1, 0, width, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, width, 0, 0, 1),
        _ => SKMatrix.Identity,
    };

    private static SKBitmap ScaledDown(SKBitmap source)
    {
        var longest = Math.Max(source.Width, source.Height);
        if (longest <= PetitionLimits.PhotoMaxSide)
        {
            return source.Copy();
        }
        var scale = (double)PetitionLimits.PhotoMaxSide / longest;
        var size = new SKImageInfo(Math.Max(1, (int)Math.Round(source.Width * scale)), Math.Max(1, (int)Math.Round(source.Height * scale)), source.ColorType, source.AlphaType);
        return source.Resize(size, new SKSamplingOptions(SKCubicResampler.Mitchell));
    }

    /// <summary>JPEG has no transparency: a PNG's transparent parts become white rather than black.</summary>
    private static SKImage OnWhite(SKBitmap source)
    {
        using var surface = SKSurface.Create(new SKImageInfo(source.Width, source.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.DrawBitmap(source, 0, 0);
        return surface.Snapshot();
    }
}

public enum PhotoProblem
{
    Empty,
    TooLarge,
    NotAnImage,
}

public sealed record SanitizedPhoto(string ContentType, byte[] Bytes, int Width, int Height);

public sealed record PhotoResult(SanitizedPhoto? Photo, PhotoProblem? Problem)
{
    public static PhotoResult Accepted(SanitizedPhoto photo) => new(photo, null);

    public static PhotoResult Refused(PhotoProblem problem) => new(null, problem);
}
