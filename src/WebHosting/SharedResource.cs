namespace CchcFeedback.WebHosting;

/// <summary>Marker for the shared string resources (Resources/SharedResource.en.resx): the Web's page text and
/// Core's <see cref="Core.Localization.LocalizedText"/>, read by the Web and the Api alike.</summary>
public class SharedResource;
