using System.Diagnostics;

namespace CchcFeedback.TestCommon;

/// <summary>A real decoder, not our own encoder read backwards: Debian's zbarimg (zbar-tools, which
/// <c>./cchc test</c> installs) reads the QR codes in a PNG file.</summary>
public static class QrDecoder
{
    public const string ZbarImg = "/usr/bin/zbarimg";

    /// <summary>The text of every QR code zbarimg finds in the image; empty when it finds none.</summary>
    public static async Task<IReadOnlyList<string>> DecodePngAsync(byte[] png)
    {
        var file = Path.Combine(TestPaths.Temporary, $"qr-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, png);
        try
        {
            return await DecodeFileAsync(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static async Task<IReadOnlyList<string>> DecodeFileAsync(string file)
    {
        if (!File.Exists(ZbarImg))
        {
            throw new InvalidOperationException($"{ZbarImg} is missing: run the tests through ./cchc test, which installs it, or `apt-get install zbar-tools`.");
        }
        var start = new ProcessStartInfo(ZbarImg) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--raw");
        start.ArgumentList.Add("-q");
        start.ArgumentList.Add("-Sdisable");
        start.ArgumentList.Add("-Sqrcode.enable");
        start.ArgumentList.Add(file);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        // zbarimg exits 4 when the image holds no code: an answer, not a failure of the tool.
        if (process.ExitCode is not (0 or 4))
        {
            throw new InvalidOperationException($"zbarimg exited {process.ExitCode}: {await error}");
        }
        return [.. (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }
}
