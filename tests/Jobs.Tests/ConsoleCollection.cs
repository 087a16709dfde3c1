namespace CchcFeedback.Jobs.Tests;

/// <summary>Tests that swap <see cref="Console.Out"/> or <see cref="Console.Error"/> to read a verb's output: the
/// console is one per process, so they run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class ConsoleCollection
{
    public const string Name = "Console";
}
