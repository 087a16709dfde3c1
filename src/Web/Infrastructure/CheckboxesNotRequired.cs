using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CchcFeedback.Web.Infrastructure;

/// <summary>A <c>bool</c> is a checkbox: unticked it posts nothing and binds false, so "required" means nothing. MVC
/// still marks every non-nullable value type required, and the page then carries the framework's English
/// <c>data-val-required</c> ("The … field is required."). A bool without its own [Required] is not required.</summary>
public sealed class CheckboxesNotRequired : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Key.ModelType == typeof(bool) && !context.Attributes.OfType<RequiredAttribute>().Any())
        {
            context.ValidationMetadata.IsRequired = false;
        }
    }
}
