namespace CchcFeedback.Core.Notifications;

/// <summary>A message could not be handed to the mail server (or written to the pickup folder). Callers decide
/// what the person in front of the page should see; the cause stays in the log.</summary>
public class EmailDeliveryException(string message, Exception inner) : Exception(message, inner);
