using System.Text.Json;

namespace CchcFeedback.ChannelSim;

/// <summary>Reads a string down a path of a platform message's JSON; null when any step is missing or of another type.</summary>
internal static class JsonPath
{
    public static string? String(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }
        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
