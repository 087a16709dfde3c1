namespace CchcFeedback.Web;

/// <summary>Marker for the shared string resources (Resources/SharedResource.en.resx).</summary>
public class SharedResource;
