namespace CchcFeedback.Core.Statistics;

/// <summary>The sufficient statistics of k items over complete cases: the number of cases, the sum of each item
/// and the sum of products of each pair (squares on the diagonal). A rollup keeps these per period and unit and
/// adds them up, so Cronbach's alpha of any span is computed without the raw answers.</summary>
public sealed class ItemMoments
{
    private readonly double[] _sums;
    private readonly double[,] _sumsOfProducts;

    public ItemMoments(long cases, IReadOnlyList<double> sums, double[,] sumsOfProducts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cases);
        ArgumentNullException.ThrowIfNull(sums);
        ArgumentNullException.ThrowIfNull(sumsOfProducts);
        if (sumsOfProducts.GetLength(0) != sums.Count || sumsOfProducts.GetLength(1) != sums.Count)
        {
            throw new ArgumentException("The sums of products must be a k×k matrix for k item sums.", nameof(sumsOfProducts));
        }

        Cases = cases;
        _sums = [.. sums];
        _sumsOfProducts = (double[,])sumsOfProducts.Clone();
    }

    public long Cases { get; }

    public int Items => _sums.Length;

    public IReadOnlyList<double> Sums => _sums;

    public double SumOfProducts(int i, int j) => _sumsOfProducts[i, j];

    /// <summary>Cases with an item left empty or "không áp dụng" are not complete and must be left out.</summary>
    public static ItemMoments FromCases(int items, IEnumerable<IReadOnlyList<double>> completeCases)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(items);
        ArgumentNullException.ThrowIfNull(completeCases);
        var sums = new double[items];
        var products = new double[items, items];
        long cases = 0;
        foreach (var row in completeCases)
        {
            if (row.Count != items)
            {
                throw new ArgumentException($"Every case must answer all {items} items.", nameof(completeCases));
            }

            cases++;
            for (var i = 0; i < items; i++)
            {
                sums[i] += row[i];
                for (var j = 0; j < items; j++)
                {
                    products[i, j] += row[i] * row[j];
                }
            }
        }

        return new ItemMoments(cases, sums, products);
    }

    public ItemMoments Add(ItemMoments other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Items != Items)
        {
            throw new ArgumentException("Moments of different item sets cannot be added.", nameof(other));
        }

        var products = new double[Items, Items];
        for (var i = 0; i < Items; i++)
        {
            for (var j = 0; j < Items; j++)
            {
                products[i, j] = _sumsOfProducts[i, j] + other._sumsOfProducts[i, j];
            }
        }

        return new ItemMoments(Cases + other.Cases, [.. _sums.Zip(other._sums, (a, b) => a + b)], products);
    }

    /// <summary>The sample covariance matrix (divisor n − 1).</summary>
    public double[,] Covariance()
    {
        if (Cases < 2)
        {
            throw new InvalidOperationException("A covariance needs at least two complete cases.");
        }

        var covariance = new double[Items, Items];
        for (var i = 0; i < Items; i++)
        {
            for (var j = 0; j < Items; j++)
            {
                covariance[i, j] = (_sumsOfProducts[i, j] - _sums[i] * _sums[j] / Cases) / (Cases - 1);
            }
        }

        return covariance;
    }
}
