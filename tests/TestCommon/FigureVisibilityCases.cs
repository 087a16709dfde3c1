using CchcFeedback.Core.Satisfaction;
using Xunit;

namespace CchcFeedback.TestCommon;

/// <summary>One table of whose figures a DepartmentStaff user may see, read by the Api's tests and the dashboard's
/// alike, so that both hosts are held to the same answers (sample catalog codes): the user's department, the unit's
/// kind and code, and whether its figures are shown.</summary>
public static class FigureVisibilityCases
{
    public static TheoryData<string, SatisfactionScope, string, bool> DepartmentStaff => new()
    {
        { "SO_TP", SatisfactionScope.Department, "SO_TP", true },
        { "SO_TP", SatisfactionScope.Counter, "TT_TINH-TP", true },
        { "SO_TP", SatisfactionScope.Counter, "TT_TINH_DH-TP", true },
        { "SO_TP", SatisfactionScope.Procedure, "LL-01", true },
        { "SO_XD", SatisfactionScope.Counter, "TT_TINH-XD", true },
        { "SO_TP", SatisfactionScope.Department, "SO_XD", false },
        { "SO_TP", SatisfactionScope.Counter, "TT_TINH-XD", false },
        { "SO_TP", SatisfactionScope.Procedure, "XD-02", false },
        // A procedure no department owns (a commune's).
        { "SO_TP", SatisfactionScope.Procedure, "HT-01", false },
        // A center's figures mix other departments' counters, even where the user's department has a counter.
        { "SO_TP", SatisfactionScope.Center, "TT_TINH", false },
        { "SO_TP", SatisfactionScope.Center, "TT_TINH_DH", false },
    };
}
