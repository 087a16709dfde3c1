using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CchcFeedback.Core.Satisfaction.Tallies;

/// <summary>How a tally's arrays are stored: bytea holding the length and then each number as a zigzag varint, so a
/// zero or a small count takes one byte. A day's tally is mostly small numbers and zeros: as integer[] it is
/// about 1 KB per row and 8 bytes per number on the wire (length and value), which made reading and writing the
/// rows, not counting, the bulk of a rollup and of the nightly check.</summary>
public static class CompactCounts
{
    public static readonly ValueConverter<int[], byte[]> Converter = new(values => Encode(values), bytes => Decode(bytes));

    public static readonly ValueComparer<int[]> Comparer = new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        values => values.Aggregate(0, HashCode.Combine),
        values => values.ToArray());

    public static byte[] Encode(int[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var bytes = new List<byte>(values.Length + 2);
        Write(bytes, (uint)values.Length);
        foreach (var value in values)
        {
            Write(bytes, (uint)((value << 1) ^ (value >> 31)));
        }
        return [.. bytes];
    }

    public static int[] Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var position = 0;
        var values = new int[Read(bytes, ref position)];
        for (var i = 0; i < values.Length; i++)
        {
            var zigzag = Read(bytes, ref position);
            values[i] = (int)(zigzag >> 1) ^ -(int)(zigzag & 1);
        }
        return position == bytes.Length ? values : throw new InvalidDataException("Trailing bytes after the counts.");
    }

    /// <summary>Whether <paramref name="bytes"/> encode exactly <paramref name="values"/>, without decoding them.</summary>
    public static bool Matches(int[] values, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(bytes);
        var position = 0;
        if (bytes.Length == 0 || Read(bytes, ref position) != values.Length)
        {
            return false;
        }
        foreach (var value in values)
        {
            if (position >= bytes.Length || Read(bytes, ref position) != (uint)((value << 1) ^ (value >> 31)))
            {
                return false;
            }
        }
        return position == bytes.Length;
    }

    private static void Write(List<byte> bytes, uint value)
    {
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }
        bytes.Add((byte)value);
    }

    private static uint Read(byte[] bytes, ref int position)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var next = bytes[position++];
            value |= (uint)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return value;
            }
        }
    }
}
