namespace CchcFeedback.Core.Calendar;

/// <summary>
/// The Vietnamese lunar calendar (âm lịch), computed with Hồ Ngọc Đức's algorithm: a month begins on the local day
/// of the new moon, month 11 is the month holding the winter solstice, and in a year of 13 months the leap month is
/// the first one that holds no major solar term. Vietnam reckons days in UTC+7 while China uses UTC+8, which is why
/// the two calendars sometimes differ by a day or a month (Tết 1985 fell on 21 January in Vietnam, 20 February in
/// China). UTC+7 is applied to every year, although Vietnam only adopted it in 1968.
/// </summary>
public static class VietnameseLunarCalendar
{
    public const int MinYear = 1800;
    public const int MaxYear = 2199;

    internal const double VietnamUtcOffsetHours = 7.0;

    private const double SynodicMonth = 29.530588853;
    private const double JulianDayOfNewMoon1900 = 2415021.076998695;
    private const int JulianDayOfDayNumberZero = 1721426;

    public static LunarDate ToLunar(DateOnly date) => ToLunar(date, VietnamUtcOffsetHours);

    /// <exception cref="ArgumentOutOfRangeException">The month or day does not exist in that lunar year, or a leap
    /// month is asked for in a month that is not the year's leap month.</exception>
    public static DateOnly ToGregorian(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth = false) =>
        ToGregorian(lunarYear, lunarMonth, lunarDay, leapMonth, VietnamUtcOffsetHours);

    public static DateOnly ToGregorian(LunarDate date) =>
        ToGregorian(date.Year, date.Month, date.Day, date.IsLeapMonth);

    /// <summary>The leap month of a lunar year, or null when the year has twelve months.</summary>
    public static int? LeapMonth(int lunarYear)
    {
        CheckYear(lunarYear, nameof(lunarYear));
        for (var month = 1; month <= 12; month++)
        {
            if (TryMonthBounds(lunarYear, month, leapMonth: true, VietnamUtcOffsetHours, out _, out _))
            {
                return month;
            }
        }

        return null;
    }

    /// <summary>29 or 30.</summary>
    public static int DaysInMonth(int lunarYear, int lunarMonth, bool leapMonth = false)
    {
        var (start, next) = MonthBounds(lunarYear, lunarMonth, leapMonth, VietnamUtcOffsetHours);
        return next - start;
    }

    internal static LunarDate ToLunar(DateOnly date, double utcOffsetHours)
    {
        CheckYear(date.Year, nameof(date));
        var dayNumber = JulianDay(date);
        var k = (int)Math.Floor((dayNumber - JulianDayOfNewMoon1900) / SynodicMonth);
        var monthStart = NewMoonDay(k + 1, utcOffsetHours);
        if (monthStart > dayNumber)
        {
            monthStart = NewMoonDay(k, utcOffsetHours);
        }

        var a11 = Month11(date.Year, utcOffsetHours);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = date.Year;
            a11 = Month11(date.Year - 1, utcOffsetHours);
        }
        else
        {
            lunarYear = date.Year + 1;
            b11 = Month11(date.Year + 1, utcOffsetHours);
        }

        var lunarDay = dayNumber - monthStart + 1;
        var diff = (int)Math.Floor((monthStart - a11) / 29.0);
        var isLeap = false;
        var lunarMonth = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11, utcOffsetHours);
            if (diff >= leapOffset)
            {
                lunarMonth = diff + 10;
                isLeap = diff == leapOffset;
            }
        }

        if (lunarMonth > 12)
        {
            lunarMonth -= 12;
        }

        if (lunarMonth >= 11 && diff < 4)
        {
            lunarYear -= 1;
        }

        return new LunarDate(lunarYear, lunarMonth, lunarDay, isLeap);
    }

    internal static DateOnly ToGregorian(int lunarYear, int lunarMonth, int lunarDay, bool leapMonth, double utcOffsetHours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarDay, 1);
        var (monthStart, nextMonthStart) = MonthBounds(lunarYear, lunarMonth, leapMonth, utcOffsetHours);
        if (monthStart + lunarDay > nextMonthStart)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarDay), $"Lunar month {lunarMonth}/{lunarYear} has {nextMonthStart - monthStart} days.");
        }

        return FromJulianDay(monthStart + lunarDay - 1);
    }

    private static (int Start, int NextStart) MonthBounds(int lunarYear, int lunarMonth, bool leapMonth, double utcOffsetHours)
    {
        CheckYear(lunarYear, nameof(lunarYear));
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarMonth, 12);
        if (!TryMonthBounds(lunarYear, lunarMonth, leapMonth, utcOffsetHours, out var start, out var nextStart))
        {
            throw new ArgumentOutOfRangeException(nameof(leapMonth), $"Lunar year {lunarYear} has no leap month {lunarMonth}.");
        }

        return (start, nextStart);
    }

    private static bool TryMonthBounds(int lunarYear, int lunarMonth, bool leapMonth, double utcOffsetHours, out int monthStart, out int nextMonthStart)
    {
        // Months 11 and 12 follow the solstice month of their own year; months 1 to 10 that of the year before.
        var (a11, b11) = lunarMonth < 11
            ? (Month11(lunarYear - 1, utcOffsetHours), Month11(lunarYear, utcOffsetHours))
            : (Month11(lunarYear, utcOffsetHours), Month11(lunarYear + 1, utcOffsetHours));
        var k = (int)Math.Floor(0.5 + (a11 - JulianDayOfNewMoon1900) / SynodicMonth);
        var offset = lunarMonth - 11;
        if (offset < 0)
        {
            offset += 12;
        }

        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11, utcOffsetHours);
            var leapMonthNumber = leapOffset - 2;
            if (leapMonthNumber < 0)
            {
                leapMonthNumber += 12;
            }

            if (leapMonth && lunarMonth != leapMonthNumber)
            {
                (monthStart, nextMonthStart) = (0, 0);
                return false;
            }

            if (leapMonth || offset >= leapOffset)
            {
                offset += 1;
            }
        }
        else if (leapMonth)
        {
            (monthStart, nextMonthStart) = (0, 0);
            return false;
        }

        monthStart = NewMoonDay(k + offset, utcOffsetHours);
        nextMonthStart = NewMoonDay(k + offset + 1, utcOffsetHours);
        return true;
    }

    /// <summary>The day of the new moon that begins month 11, the month holding the winter solstice.</summary>
    private static int Month11(int year, double utcOffsetHours)
    {
        var offset = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(offset / SynodicMonth);
        var newMoon = NewMoonDay(k, utcOffsetHours);
        // Sun longitude sector 9 (270°) is the winter solstice: a month starting after it is month 12.
        return SunLongitudeSector(newMoon, utcOffsetHours) >= 9 ? NewMoonDay(k - 1, utcOffsetHours) : newMoon;
    }

    /// <summary>How many months after month 11 the leap month comes: the first month whose start and end fall in
    /// the same 30° sector of sun longitude holds no major solar term.</summary>
    private static int LeapMonthOffset(int a11, double utcOffsetHours)
    {
        var k = (int)Math.Floor(0.5 + (a11 - JulianDayOfNewMoon1900) / SynodicMonth);
        var i = 1;
        var sector = SunLongitudeSector(NewMoonDay(k + i, utcOffsetHours), utcOffsetHours);
        int last;
        do
        {
            last = sector;
            i++;
            sector = SunLongitudeSector(NewMoonDay(k + i, utcOffsetHours), utcOffsetHours);
        }
        while (sector != last && i < 14);

        return i - 1;
    }

    private static int NewMoonDay(int k, double utcOffsetHours) =>
        (int)Math.Floor(NewMoon(k) + 0.5 + utcOffsetHours / 24);

    private static int SunLongitudeSector(int julianDay, double utcOffsetHours) =>
        (int)Math.Floor(SunLongitude(julianDay - 0.5 - utcOffsetHours / 24) / Math.PI * 6);

    /// <summary>The Julian day (UT) of the k-th new moon after 1 January 1900, from Meeus'
    /// "Astronomical Algorithms" (1998) as simplified by Hồ Ngọc Đức.</summary>
    private static double NewMoon(int k)
    {
        const double dr = Math.PI / 180;
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        var m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        var mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        var f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        var c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * dr) + 0.0021 * Math.Sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.Sin(mpr * dr) + 0.0161 * Math.Sin(dr * 2 * mpr);
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.Sin(dr * 2 * f) - 0.0051 * Math.Sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.Sin(dr * (m - mpr)) + 0.0004 * Math.Sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.Sin(dr * (2 * f - m)) - 0.0006 * Math.Sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.Sin(dr * (2 * f - mpr)) + 0.0005 * Math.Sin(dr * (2 * mpr + m));
        // ΔT (terrestrial minus universal time), in days.
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /// <summary>The sun's apparent longitude in radians, [0, 2π), at a Julian day (UT).</summary>
    private static double SunLongitude(double julianDay)
    {
        const double dr = Math.PI / 180;
        var t = (julianDay - 2451545.0) / 36525;
        var t2 = t * t;
        var m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        var l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * m);
        dl += (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * m) + 0.000290 * Math.Sin(dr * 3 * m);
        var l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
    }

    private static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    private static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - JulianDayOfDayNumberZero);

    private static void CheckYear(int year, string parameterName)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(parameterName, $"The lunar calendar is computed for {MinYear}–{MaxYear} only.");
        }
    }
}
