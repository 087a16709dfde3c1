namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>Writes a table row by row as rows come, holding none of them. A cell is a string, a whole number, a
/// double or null (empty). <see cref="CompleteAsync"/> finishes the file; disposing without it abandons it.</summary>
public interface ITableWriter : IAsyncDisposable
{
    Task WriteRowAsync(IReadOnlyList<object?> cells, CancellationToken cancellationToken = default);

    Task CompleteAsync(CancellationToken cancellationToken = default);
}
