using System.ComponentModel.DataAnnotations;
using CchcFeedback.Core.Security;

namespace CchcFeedback.Web.Infrastructure;

/// <summary>A one-line field of a form that has no validator of its own in Core (an e-mail to sign in with):
/// <see cref="TextInput"/>'s rule, so that a NUL is a field error rather than a database error.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SingleLineAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string text || TextInput.IsSingleLine(text);
}
