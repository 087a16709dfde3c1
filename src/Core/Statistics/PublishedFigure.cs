namespace CchcFeedback.Core.Statistics;

/// <summary>A figure as it may be published: either its value with its n, or "không đủ dữ liệu".</summary>
public sealed record PublishedFigure<T>
    where T : notnull
{
    private readonly T? _value;

    private PublishedFigure(T? value, int answers, bool isSuppressed)
    {
        _value = value;
        Answers = answers;
        IsSuppressed = isSuppressed;
    }

    public int Answers { get; }

    public bool IsSuppressed { get; }

    public T Value => IsSuppressed
        ? throw new InvalidOperationException($"The figure rests on {Answers} answers and is suppressed.")
        : _value!;

    public static PublishedFigure<T> Shown(T value, int answers) => new(value, answers, false);

    public static PublishedFigure<T> Suppressed(int answers) => new(default, answers, true);

    public bool TryGetValue(out T value)
    {
        value = _value!;
        return !IsSuppressed;
    }

    public string Format(Func<T, string> format, string notEnoughData = SmallCellRule.NotEnoughDataVi)
    {
        ArgumentNullException.ThrowIfNull(format);
        return IsSuppressed ? notEnoughData : format(_value!);
    }
}
