namespace CchcFeedback.Core.Petitions.Handling;

public enum RedactedPart
{
    Title,
    Text,
    Photo,
}
