using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace CchcFeedback.TestCommon;

/// <summary>Files a citizen might upload as "photos", made in the test: real images, images carrying EXIF with
/// a GPS position, and things that are not images at all.</summary>
public static class TestImages
{
    /// <summary>The GPS latitude written into <see cref="JpegWithGps"/>, as its ASCII reference and degrees.</summary>
    public const string GpsMarker = "CCHC-GPS-MARKER";

    public static byte[] Jpeg(int width = 64, int height = 48, int quality = 90) => Encode(width, height, SKEncodedImageFormat.Jpeg, quality);

    public static byte[] Png(int width = 64, int height = 48) => Encode(width, height, SKEncodedImageFormat.Png, 100);

    /// <summary>A JPEG whose APP1 segment holds EXIF with an orientation and a GPS position (16.75 N, 107.19 E,
    /// Đông Hà) and an ImageDescription holding <see cref="GpsMarker"/>, as a phone camera writes them.</summary>
    public static byte[] JpegWithGps(int width = 64, int height = 48, ushort orientation = 1)
    {
        var jpeg = Jpeg(width, height);
        var exif = ExifSegment(orientation);
        // Right after SOI (FF D8): where cameras put APP1.
        return [.. jpeg[..2], .. exif, .. jpeg[2..]];
    }

    /// <summary>A real JPEG followed by padding (which decoders ignore) up to one byte over the photo limit.</summary>
    public static byte[] Oversized()
    {
        var jpeg = Jpeg();
        var file = new byte[Core.Petitions.PetitionLimits.MaxPhotoBytes + 1];
        jpeg.CopyTo(file, 0);
        return file;
    }

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A JPEG header followed by garbage: passes a magic-byte check, fails decoding.</summary>
    public static byte[] FakeJpeg() => [0xFF, 0xD8, 0xFF, 0xE0, .. Encoding.ASCII.GetBytes("this is not really a photo at all, only text")];

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format, int quality)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SkyBlue);
            using var paint = new SKPaint { Color = SKColors.DarkRed };
            canvas.DrawRect(0, 0, width / 2f, height / 2f, paint);
        }
        using var data = bitmap.Encode(format, quality);
        return data.ToArray();
    }

    private static byte[] ExifSegment(ushort orientation)
    {
        // TIFF, little endian: IFD0 (Orientation, ImageDescription, GPS pointer), then the GPS IFD.
        var tiff = new List<byte>();
        void U16(ushort v) { Span<byte> b = stackalloc byte[2]; BinaryPrimitives.WriteUInt16LittleEndian(b, v); tiff.AddRange(b.ToArray()); }
        void U32(uint v) { Span<byte> b = stackalloc byte[4]; BinaryPrimitives.WriteUInt32LittleEndian(b, v); tiff.AddRange(b.ToArray()); }
        var description = Encoding.ASCII.GetBytes(GpsMarker + "\0");
        const uint Ifd0 = 8;
        const uint Ifd0Size = 2 + (3 * 12) + 4;
        var descriptionOffset = Ifd0 + Ifd0Size;
        var gpsIfd = descriptionOffset + (uint)description.Length;
        const uint GpsIfdSize = 2 + (4 * 12) + 4;
        var latitude = gpsIfd + GpsIfdSize;
        var longitude = latitude + 24;

        tiff.AddRange("II"u8.ToArray());
        U16(42);
        U32(Ifd0);
        U16(3);
        U16(0x010E); U16(2); U32((uint)description.Length); U32(descriptionOffset);
        U16(0x0112); U16(3); U32(1); U16(orientation); U16(0);
        U16(0x8825); U16(4); U32(1); U32(gpsIfd);
        U32(0);
        tiff.AddRange(description);
        U16(4);
        U16(0x0001); U16(2); U32(2); tiff.AddRange("N\0\0\0"u8.ToArray());
        U16(0x0002); U16(5); U32(3); U32(latitude);
        U16(0x0003); U16(2); U32(2); tiff.AddRange("E\0\0\0"u8.ToArray());
        U16(0x0004); U16(5); U32(3); U32(longitude);
        U32(0);
        foreach (var (numerator, denominator) in new (uint, uint)[] { (16, 1), (45, 1), (0, 1), (107, 1), (11, 1), (24, 1) })
        {
            U32(numerator);
            U32(denominator);
        }
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = (ushort)(payload.Length + 2);
        return [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload];
    }
}
