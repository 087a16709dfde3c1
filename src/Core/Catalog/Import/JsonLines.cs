using System.Text.Json;

namespace CchcFeedback.Core.Catalog.Import;

/// <summary>The line on which each value of a JSON file starts, by its path (<c>procedures[3].documents[1].name</c>),
/// so that an error can say where to look: <see cref="JsonDocument"/> keeps no positions.</summary>
internal sealed class JsonLines
{
    private readonly Dictionary<string, int> _lines = [];

    private JsonLines()
    {
    }

    public static JsonLines Read(ReadOnlySpan<byte> json, JsonReaderOptions options)
    {
        var map = new JsonLines();
        var newlines = new List<long>();
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == (byte)'\n')
            {
                newlines.Add(i);
            }
        }
        var reader = new Utf8JsonReader(json, options);
        var frames = new Stack<(string Path, bool IsArray, int Index)>();
        var property = "";
        while (reader.Read())
        {
            var index = newlines.BinarySearch(reader.TokenStartIndex);
            var line = (index < 0 ? ~index : index) + 1;
            if (reader.TokenType == JsonTokenType.PropertyName)
            {
                property = Child(frames.Peek().Path, reader.GetString()!);
                map._lines[property] = line;
                continue;
            }
            if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                frames.Pop();
                continue;
            }
            var path = property;
            if (frames.TryPeek(out var parent) && parent.IsArray)
            {
                frames.Pop();
                frames.Push(parent with { Index = parent.Index + 1 });
                path = $"{parent.Path}[{parent.Index + 1}]";
                map._lines[path] = line;
            }
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Push((path, reader.TokenType == JsonTokenType.StartArray, -1));
            }
        }
        return map;
    }

    public static string Child(string path, string name) => name.Length == 0 ? path : path.Length == 0 ? name : $"{path}.{name}";

    /// <summary>The line of the value at <paramref name="path"/>, or of its nearest enclosing value that has one.</summary>
    public int LineOf(string path)
    {
        while (path.Length > 0)
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }
            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            path = cut < 0 ? "" : path[..cut];
        }
        return 1;
    }
}
