using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CchcFeedback.Web.Infrastructure;

/// <summary>Model binding's own messages (a value that is not a number, a date, an id or one of an enum's names;
/// a missing value) in the page's language, instead of the framework's English "The value 'x' is not valid for
/// Rating.". The localizer reads the request's UI culture each time a message is written. The messages name no
/// field: the framework would name it by its C# property, and each message is shown next to its field.</summary>
public sealed class BindingMessages(IStringLocalizer<SharedResource> l) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(Invalid);
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => Invalid(value));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(Invalid);
        messages.SetUnknownValueIsInvalidAccessor(_ => l["Giá trị đã gửi không hợp lệ."]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["Giá trị đã gửi không hợp lệ."]);
        messages.SetValueMustBeANumberAccessor(_ => l["Xin nhập một số."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => l["Xin nhập một số."]);
        messages.SetValueMustNotBeNullAccessor(_ => l["Xin nhập giá trị."]);
        messages.SetMissingBindRequiredValueAccessor(_ => l["Xin nhập giá trị."]);
        messages.SetMissingKeyOrValueAccessor(() => l["Xin nhập giá trị."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => l["Thiếu nội dung gửi lên."]);
    }

    private string Invalid(string value) => l["Giá trị '{0}' không hợp lệ.", value];
}
