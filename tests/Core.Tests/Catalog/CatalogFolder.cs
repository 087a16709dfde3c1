using System.Text;

namespace CchcFeedback.Core.Tests.Catalog;

/// <summary>A temporary copy of the sample catalog that a test can edit line by line.</summary>
public sealed class CatalogFolder : IDisposable
{
    public CatalogFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cchc-catalog-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        foreach (var file in Directory.GetFiles(TestPaths.SampleCatalog, "*.csv"))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; }

    /// <summary>Adds the details fixture of HT-01 and HT-02, optionally changed as text.</summary>
    public CatalogFolder WithDetails(Func<string, string>? change = null)
    {
        var text = File.ReadAllText(TestPaths.ProcedureDetailsFixture);
        File.WriteAllText(System.IO.Path.Combine(Path, "procedure-details.json"), change is null ? text : change(text), new UTF8Encoding(false));
        return this;
    }

    public List<string> Lines(string file) => [.. File.ReadAllLines(System.IO.Path.Combine(Path, file))];

    /// <summary>Rewrites a file; <paramref name="lineNumber"/> is 1-based, the header being line 1.</summary>
    public CatalogFolder ReplaceLine(string file, int lineNumber, Func<string, string> change)
    {
        var lines = Lines(file);
        lines[lineNumber - 1] = change(lines[lineNumber - 1]);
        return Write(file, lines);
    }

    public CatalogFolder AppendLine(string file, string line) => Write(file, [.. Lines(file), line]);

    public CatalogFolder Write(string file, IEnumerable<string> lines, bool withBom = false)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, file), string.Join('\n', lines) + "\n", new UTF8Encoding(withBom));
        return this;
    }

    public CatalogFolder Keep(params string[] files)
    {
        foreach (var file in Directory.GetFiles(Path).Where(f => !files.Contains(System.IO.Path.GetFileName(f))))
        {
            File.Delete(file);
        }
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
