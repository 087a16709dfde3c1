namespace CchcFeedback.TestCommon;

/// <summary>The configuration every test host runs with, besides its own database.</summary>
public static class TestSettings
{
    public const string LookupHashKey = "test-lookup-hash-key-0123456789-abcdefghij";

    public static IReadOnlyDictionary<string, string> For(string connectionString) => new Dictionary<string, string>
    {
        ["ConnectionStrings:Cchc"] = connectionString,
        ["Security:LookupHashKey"] = LookupHashKey,
        ["Security:RequireHttps"] = "false",
        ["PublicSite:BaseUrl"] = "https://gopy.quangtri.test",
        ["PublicSite:Hotline"] = "0233 3 999 999",
        // Every in-process request comes from one address: tests of the limits set their own.
        ["RateLimits:AnonymousPermitsPerMinute"] = "1000000",
        ["RateLimits:SignInPermitsPerMinute"] = "10000",
        ["RateLimits:PetitionPermitsPerMinute"] = "1000000",
        ["RateLimits:AssistantPermitsPerMinute"] = "1000000",
        ["Email:PickupDirectory"] = Path.Combine(TestPaths.Temporary, "mail"),
    };

    /// <summary>The same settings as <c>--Key=value</c> arguments, for hosts built from command-line args.</summary>
    public static string[] AsArguments(string connectionString) =>
        For(connectionString).Select(setting => $"--{setting.Key}={setting.Value}").ToArray();
}
