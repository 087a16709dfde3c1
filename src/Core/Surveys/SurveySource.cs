namespace CchcFeedback.Core.Surveys;

/// <summary>How many responses one source (a keyed hash of a device cookie and network address) sent to one
/// touchpoint in one window. Kept apart from the responses and purged after a day, so an answer can never
/// be traced back to a device.</summary>
public class SurveySource
{
    public required byte[] SourceHash { get; set; }
    public int TouchpointId { get; set; }
    public DateTimeOffset WindowStart { get; set; }
    public int Count { get; set; }
}
