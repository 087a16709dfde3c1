using CchcFeedback.Core.Statistics;

namespace CchcFeedback.Core.Tests.Statistics;

public class SecondarySuppressionTests
{
    [Fact]
    public void Apply_OneSmallCellBesideAShownTotal_HidesTheSmallestOtherCellToo()
    {
        // Total 40 = 5 + 20 + 15: with 20 and 15 shown, 40 − 20 − 15 gives the 5 back.
        int[] answers = [40, 5, 20, 15];

        var hidden = SecondarySuppression.Apply(answers, [new TableSum(0, [1, 2, 3])]);

        Assert.Equal([false, true, false, true], hidden);
    }

    [Fact]
    public void Apply_TwoSmallCells_NothingMoreHidden()
    {
        // 30 − 21 = 9 is shared by two hidden cells: neither can be told.
        int[] answers = [30, 5, 4, 21];

        var hidden = SecondarySuppression.Apply(answers, [new TableSum(0, [1, 2, 3])]);

        Assert.Equal([false, true, true, false], hidden);
    }

    [Fact]
    public void Apply_TotalItselfSuppressed_NothingMoreHidden()
    {
        int[] answers = [8, 5, 3];

        var hidden = SecondarySuppression.Apply(answers, [new TableSum(0, [1, 2])]);

        Assert.Equal([true, true, true], hidden);
    }

    [Fact]
    public void Apply_OtherHiddenCellHasNoAnswers_StillProtectsTheSmallCell()
    {
        // An empty month hides nothing: 25 − 20 would still be the 5.
        int[] answers = [25, 5, 0, 20];

        var hidden = SecondarySuppression.Apply(answers, [new TableSum(0, [1, 2, 3])]);

        Assert.Equal([false, true, true, true], hidden);
    }

    [Fact]
    public void Apply_TableOfRowsAndColumns_HidingSpreadsUntilNoSumGivesACellBack()
    {
        // 5 30 | 35
        // 20 40 | 60
        // 25 70
        int[] answers = [5, 30, 20, 40, 35, 60, 25, 70];
        TableSum[] sums = [new(4, [0, 1]), new(5, [2, 3]), new(6, [0, 2]), new(7, [1, 3])];

        var hidden = SecondarySuppression.Apply(answers, sums);

        // Row 0 hides 30, column 0 hides 20, and then column 1 alone would give 30 back: 40 goes too.
        Assert.Equal([true, true, true, true, false, false, false, false], hidden);
    }

    [Fact]
    public void Apply_NoOtherCellLeftToHide_HidesTheTotal()
    {
        // The second sum has one part, hidden to protect the first sum's 5: its total would give it back.
        int[] answers = [25, 5, 20, 20];

        var hidden = SecondarySuppression.Apply(answers, [new TableSum(0, [1, 2]), new TableSum(3, [2])]);

        Assert.Equal([false, true, true, true], hidden);
    }
}
