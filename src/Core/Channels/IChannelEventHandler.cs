namespace CchcFeedback.Core.Channels;

/// <summary>Processes a stored event of one channel (<see cref="Channel"/>).</summary>
public interface IChannelEventHandler
{
    string Channel { get; }

    Task HandleAsync(ChannelEvent stored, string rawEvent, CancellationToken cancellationToken);
}
