using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace CchcFeedback.Core.Statistics;

/// <summary>One day of a <see cref="DailyChain"/> on states 0 … m−1, applied to a distribution over them: each state
/// moves to where the chart starts the day from it (split between the grid points on either side), then by the day's
/// jump; below 0, before the jump or after it, is state 0, m or above is a signal and leaves the distribution. The jump is a convolution, done by
/// Fourier transform: a day costs O(n log n) in the states and jumps, where a transition matrix costs m² to apply and
/// m × jumps to build (seconds, and hundreds of megabytes, for a busy unit's thousands of states).</summary>
internal sealed class DayMove
{
    private readonly int _states;
    private readonly int _lowestJump;
    private readonly (int Below, double Above)[] _starts;
    private readonly Complex[] _jumpSpectrum;

    public DayMove(DailyChain chain, int states, Func<int, double> start)
    {
        _states = states;
        _lowestJump = chain.LowestJump;
        _starts = new (int, double)[states];
        for (var i = 0; i < states; i++)
        {
            var position = Math.Max(0, start(i));
            var below = (int)Math.Floor(position);
            _starts[i] = (below, position - below);
        }
        // Long enough that the circular convolution never wraps round: the highest start plus the widest jump.
        var length = 1;
        while (length < _starts.Max(s => s.Below) + 2 + chain.JumpChances.Length)
        {
            length *= 2;
        }
        _jumpSpectrum = new Complex[length];
        for (var k = 0; k < chain.JumpChances.Length; k++)
        {
            _jumpSpectrum[k] = chain.JumpChances[k];
        }
        Fourier.Forward(_jumpSpectrum, FourierOptions.Matlab);
    }

    /// <summary>The distribution after a day; what it lacks of the one before is the day's chance of a signal.</summary>
    public double[] Apply(double[] distribution)
    {
        var positions = new Complex[_jumpSpectrum.Length];
        for (var i = 0; i < _states; i++)
        {
            var (below, above) = _starts[i];
            positions[below] += distribution[i] * (1 - above);
            positions[below + 1] += distribution[i] * above;
        }
        Fourier.Forward(positions, FourierOptions.Matlab);
        for (var k = 0; k < positions.Length; k++)
        {
            positions[k] *= _jumpSpectrum[k];
        }
        Fourier.Inverse(positions, FourierOptions.Matlab);
        var after = new double[_states];
        for (var k = 0; k < positions.Length; k++)
        {
            var state = Math.Max(0, k + _lowestJump);
            // A transform's rounding leaves about 10⁻¹⁷ where nothing is, of either sign.
            if (state < _states && positions[k].Real > 0)
            {
                after[state] += positions[k].Real;
            }
        }
        return after;
    }
}
