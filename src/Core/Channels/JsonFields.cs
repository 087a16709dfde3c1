using System.Text.Json;

namespace CchcFeedback.Core.Channels;

/// <summary>Reads the fields of a platform's event without trusting its shape: a missing or differently typed
/// field is null, never an exception.</summary>
internal static class JsonFields
{
    public static JsonElement? Child(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

    public static string? String(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Zalo sends some ids and the timestamp as strings, some as numbers.</summary>
    public static string? Scalar(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), _ => null }
            : null;
}
