namespace CchcFeedback.Core.Petitions;

/// <summary>How a petition arrived.</summary>
public static class PetitionChannel
{
    public const string Web = "web";
    public const string Api = "api";
    public const string Open311 = "open311";
}
