using System.Text;
using CchcFeedback.Core.Petitions;
using SkiaSharp;

namespace CchcFeedback.Core.Tests.Petitions;

public class PhotoSanitizerTests
{
    [Fact]
    public void Sanitize_JpegWithExifGps_ReturnsAJpegWithoutExif()
    {
        var upload = TestImages.JpegWithGps();
        Assert.Contains(TestImages.GpsMarker, Encoding.ASCII.GetString(upload));

        var result = PhotoSanitizer.Sanitize(upload);

        var photo = Assert.IsType<SanitizedPhoto>(result.Photo);
        Assert.Equal("image/jpeg", photo.ContentType);
        Assert.False(HasSegment(photo.Bytes, 0xE1), "an APP1 (EXIF/XMP) segment is still there");
        Assert.DoesNotContain("Exif", Encoding.ASCII.GetString(photo.Bytes));
        Assert.DoesNotContain(TestImages.GpsMarker, Encoding.ASCII.GetString(photo.Bytes));
        Assert.Equal((64, 48), (photo.Width, photo.Height));
    }

    [Fact]
    public void Sanitize_ExifSaysRotated_StoresThePhotoUpright()
    {
        var result = PhotoSanitizer.Sanitize(TestImages.JpegWithGps(64, 48, orientation: 6));

        var photo = Assert.IsType<SanitizedPhoto>(result.Photo);
        using var decoded = SKBitmap.Decode(photo.Bytes);
        Assert.Equal((48, 64), (decoded.Width, decoded.Height));
    }

    [Fact]
    public void Sanitize_Png_BecomesAJpeg()
    {
        var photo = PhotoSanitizer.Sanitize(TestImages.Png()).Photo;

        Assert.NotNull(photo);
        Assert.Equal([0xFF, 0xD8, 0xFF], photo.Bytes[..3]);
    }

    [Fact]
    public void Sanitize_LargePhoto_IsScaledDownToTheLongestSide()
    {
        var photo = PhotoSanitizer.Sanitize(TestImages.Jpeg(3000, 1000)).Photo!;

        Assert.Equal((PetitionLimits.PhotoMaxSide, 683), (photo.Width, photo.Height));
    }

    [Fact]
    public void Sanitize_PdfRenamedJpg_IsNotAnImage() =>
        Assert.Equal(PhotoProblem.NotAnImage, PhotoSanitizer.Sanitize(TestImages.Pdf()).Problem);

    [Fact]
    public void Sanitize_JpegHeaderThenText_IsNotAnImage() =>
        Assert.Equal(PhotoProblem.NotAnImage, PhotoSanitizer.Sanitize(TestImages.FakeJpeg()).Problem);

    [Fact]
    public void Sanitize_TruncatedJpeg_IsNotAnImage()
    {
        var jpeg = TestImages.Jpeg(400, 300);

        Assert.Equal(PhotoProblem.NotAnImage, PhotoSanitizer.Sanitize(jpeg[..(jpeg.Length / 2)]).Problem);
    }

    [Fact]
    public void Sanitize_OverTheSizeLimit_IsTooLarge() =>
        Assert.Equal(PhotoProblem.TooLarge, PhotoSanitizer.Sanitize(new byte[PetitionLimits.MaxPhotoBytes + 1]).Problem);

    [Fact]
    public void Sanitize_Empty_IsRefused() => Assert.Equal(PhotoProblem.Empty, PhotoSanitizer.Sanitize([]).Problem);

    /// <summary>Walks the JPEG's marker segments up to the start of scan.</summary>
    private static bool HasSegment(byte[] jpeg, byte marker)
    {
        var i = 2;
        while (i + 4 <= jpeg.Length && jpeg[i] == 0xFF)
        {
            if (jpeg[i + 1] == marker)
            {
                return true;
            }
            if (jpeg[i + 1] == 0xDA)
            {
                return false;
            }
            i += 2 + ((jpeg[i + 2] << 8) | jpeg[i + 3]);
        }
        return false;
    }
}
