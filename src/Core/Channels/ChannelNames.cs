namespace CchcFeedback.Core.Channels;

/// <summary>The channels' names as stored (<see cref="ChannelEvent.Channel"/>, a petition's or survey response's channel).</summary>
public static class ChannelNames
{
    public const string Zalo = "zalo";
    public const string Facebook = "facebook";
}
