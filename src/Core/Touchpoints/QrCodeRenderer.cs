using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using QRCoder;

namespace CchcFeedback.Core.Touchpoints;

/// <summary>Draws a touchpoint's QR code, which encodes only <see cref="PublicSiteOptions.TouchpointUrl"/>.</summary>
public class QrCodeRenderer(IOptions<PublicSiteOptions> site)
{
    /// <summary>Level Q survives about a quarter of the code being smudged, torn or taped over: posters at
    /// counters get handled. The four-module quiet zone is the standard's minimum for reliable scanning.</summary>
    public const QRCodeGenerator.ECCLevel PrintEccLevel = QRCodeGenerator.ECCLevel.Q;

    /// <summary>Bumped whenever the drawing changes, so that cached images are fetched again.</summary>
    private const string DrawingVersion = "q1";

    public string UrlFor(string token) => site.Value.TouchpointUrl(token);

    public byte[] Png(string token, int pixelsPerModule = 10)
    {
        using var data = Encode(token);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule, drawQuietZones: true);
    }

    /// <summary>An SVG that scales to whatever box it is given (a viewBox, no fixed size): sharp at any print size.</summary>
    public string Svg(string token)
    {
        using var data = Encode(token);
        return new SvgQRCode(data).GetGraphic(10, "#000000", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>A strong validator for HTTP caches: the same URL drawn the same way gives the same image.</summary>
    public string ETag(string token, string format) =>
        "\"" + Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes($"{DrawingVersion}|{format}|{UrlFor(token)}")))[..20].ToLowerInvariant() + "\"";

    private QRCodeData Encode(string token)
    {
        var url = UrlFor(token);
        // The payload stays ASCII (validated base URL, token alphabet): no ECI header, every phone reads it.
        if (!url.All(char.IsAscii))
        {
            throw new InvalidOperationException("A touchpoint URL must be ASCII.");
        }
        return QRCodeGenerator.GenerateQrCode(url, PrintEccLevel);
    }
}
