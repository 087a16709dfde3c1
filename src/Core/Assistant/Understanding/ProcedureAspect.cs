namespace CchcFeedback.Core.Assistant.Understanding;

/// <summary>What about a procedure a person asks: the part of the official record the reply quotes.</summary>
public enum ProcedureAspect { Overview, Papers, Time, Fee, Place, Steps, Online, Who, Result, Legal }
