using CchcFeedback.Core.Assistant;
using CchcFeedback.Core.Assistant.Replying;
using CchcFeedback.WebHosting.Localization;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Assistant;

/// <summary>A reply's link or button label in the page's language: the assistant's fixed labels and the menu's
/// (which a decline offers) through the resx, anything else (a procedure's name offered as a choice) as the reply has it.</summary>
public static class AssistantLabelText
{
    public static string Show(IStringLocalizer l, string label) =>
        AssistantLabels.Find(label) is { } fixedLabel ? l.Localize(fixedLabel)
        : AssistantMenu.Choices.FirstOrDefault(c => c.Label == label) is { } choice ? l[choice.Label]
        : label;
}
