namespace CchcFeedback.TestCommon.Fuzzing;

/// <summary>What an attacker or a broken client sends in place of a value: wrong types, huge and empty strings,
/// NUL and other control characters, half a surrogate pair, HTML, SQL, negative and huge numbers, odd dates.</summary>
public static class HostileValues
{
    /// <summary>Text as it would be typed into a query string or a path segment; escaped before it is sent, except
    /// <see cref="RawEscaped"/>.</summary>
    public static readonly string[] Text =
    [
        "", " ", "\0", "a\0b", "\u0007\u001b[31m", "\r\n", new string('a', 20_000), "<script>alert(1)</script>",
        "' OR 1=1; DROP TABLE petitions;--", "../../etc/passwd", "-1", "0", "99999999999999999999", "1e309", "NaN",
        "true", "null", "[]", "{}", "2026-13-45", "9999-12-31", "0001-01-01T00:00:00Z", "\u202Eevil", "😀", "ắ̂̃",
    ];

    /// <summary>Bytes that are not UTF-8 (a lone surrogate's encoding, a bare continuation byte, an overlong NUL),
    /// already percent-escaped.</summary>
    public static readonly string[] RawEscaped = ["%ED%A0%80", "%FF%FE", "%C0%80", "%80", "%"];

    /// <summary>JSON values to put where a property's value goes.</summary>
    public static readonly string[] Json =
    [
        "null", "true", "-1", "0", "-99999999999999999999", "1e309", "1.5", "\"\"", "\"\\u0000\"", "\"a\\u0000b\"",
        "\"\\u0007\"", "\"\\ud800\"", "\"\\udc00x\"", $"\"{new string('a', 100_000)}\"", "\"<script>alert(1)</script>\"",
        "\"' OR 1=1;--\"", "\"2026-13-45\"", "\"00000000-0000-0000-0000-000000000000\"", "[]", "{}", "[null]", "[\"\\u0000\"]",
        "[99999]", "[-1, 6, 99999]", $"[{string.Join(',', Enumerable.Repeat("1", 10_000))}]", "{\"a\": {\"b\": [[[]]]}}",
    ];

    /// <summary>Whole bodies that are not the JSON the operation expects, with their content type.</summary>
    public static readonly (string ContentType, byte[] Body)[] Bodies =
    [
        ("application/json", []),
        ("application/json", "null"u8.ToArray()),
        ("application/json", "[]"u8.ToArray()),
        ("application/json", "\"x\""u8.ToArray()),
        ("application/json", "{"u8.ToArray()),
        ("application/json", "{\"a\":1,}"u8.ToArray()),
        ("application/json", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]),
        ("application/json", [0xFF, 0xFE, 0x00, 0x00]),
        ("application/json", System.Text.Encoding.UTF8.GetBytes(new string('[', 5_000))),
        ("text/plain", "{}"u8.ToArray()),
        ("application/xml", "<a/>"u8.ToArray()),
        ("application/x-www-form-urlencoded", "a=%00&b=%ED%A0%80"u8.ToArray()),
        ("multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\0\r\n--x--\r\n"u8.ToArray()),
        ("multipart/form-data", "garbage"u8.ToArray()),
    ];
}
