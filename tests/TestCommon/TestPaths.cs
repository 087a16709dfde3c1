namespace CchcFeedback.TestCommon;

public static class TestPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CchcFeedback.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("CchcFeedback.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    /// <summary>The sample catalog of Quảng Trị that the project ships and imports on <c>./cchc up</c>.</summary>
    public static string SampleCatalog => Path.Combine(RepositoryRoot, "data", "catalog");
}
