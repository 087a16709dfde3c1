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

    /// <summary>A details file of two sample procedures (HT-01 with every field, HT-02 without the optional
    /// ones) that catalog tests import.</summary>
    public static string ProcedureDetailsFixture => Path.Combine(RepositoryRoot, "tests", "TestCommon", "Catalog", "procedure-details.json");

    /// <summary>Where a run keeps what people look at afterwards (TRX files, screenshots): the folder that
    /// <c>./cchc test</c> names in <c>CCHC_TEST_RESULTS</c>, else <c>TestResults/</c> at the root.</summary>
    public static string TestResults =>
        Environment.GetEnvironmentVariable("CCHC_TEST_RESULTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(RepositoryRoot, "TestResults");

    /// <summary>The root for a run's temporary folders: the one <c>./cchc test</c> deletes at the end, if set.</summary>
    public static string Temporary =>
        Environment.GetEnvironmentVariable("CCHC_TEST_TMP") is { Length: > 0 } folder ? folder : Path.GetTempPath();
}
