namespace CchcFeedback.Core.Petitions;

/// <summary>How a petition arrived.</summary>
public static class PetitionChannel
{
    public const string Web = "web";
    public const string Api = "api";
    public const string Open311 = "open311";
    public const string Zalo = Channels.ChannelNames.Zalo;
    public const string Facebook = Channels.ChannelNames.Facebook;
}
