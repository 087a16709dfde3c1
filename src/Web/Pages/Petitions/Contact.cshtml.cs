using System.ComponentModel.DataAnnotations;
using CchcFeedback.Core.Petitions;
using CchcFeedback.Core.Petitions.FollowUp;
using CchcFeedback.Web.Infrastructure;
using CchcFeedback.WebHosting.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace CchcFeedback.Web.Pages.Petitions;

/// <summary>The sender's own page: with the tracking code and the phone number they gave, they see their contact
/// details (and the answer, published or not) and may delete the details at once. The phone number travels only
/// in POST bodies. A wrong number, an unknown code and deleted details get the same answer; attempts are limited
/// per address and wrong numbers per code.</summary>
[EnableRateLimiting(RateLimiting.PetitionContactPolicy)]
public class ContactModel(CitizenContact contacts, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public ContactView? View { get; private set; }

    public ContactLookupOutcome? Outcome { get; private set; }

    public bool Deleted { get; private set; }

    public void OnGet(string? code)
    {
        NoStore();
        Input.Code = code?.Trim();
    }

    public async Task<IActionResult> OnPostShowAsync(CancellationToken cancellationToken)
    {
        NoStore();
        if (!Checked())
        {
            return Page();
        }
        var lookup = await contacts.ShowAsync(Input.Code, Input.Phone, cancellationToken);
        return Shown(lookup.Outcome, lookup.View);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        NoStore();
        if (!Checked())
        {
            return Page();
        }
        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", l["Xin đánh dấu ô xác nhận để xóa thông tin liên hệ."]);
            var lookup = await contacts.ShowAsync(Input.Code, Input.Phone, cancellationToken);
            return Shown(lookup.Outcome, lookup.View);
        }
        var outcome = await contacts.DeleteAsync(Input.Code, Input.Phone, cancellationToken);
        Deleted = outcome == ContactLookupOutcome.Found;
        return Shown(outcome, null);
    }

    private bool Checked()
    {
        if (ModelState.IsValid && !TrackingCode.IsValid(Input.Code))
        {
            ModelState.AddModelError("Input.Code", l["Mã tra cứu không đúng. Xin kiểm tra lại từng ký tự."]);
        }
        return ModelState.IsValid;
    }

    private PageResult Shown(ContactLookupOutcome outcome, ContactView? view)
    {
        Outcome = outcome;
        View = view;
        Response.StatusCode = outcome switch
        {
            ContactLookupOutcome.NotFound => StatusCodes.Status404NotFound,
            ContactLookupOutcome.Throttled => StatusCodes.Status429TooManyRequests,
            _ => StatusCodes.Status200OK,
        };
        return Page();
    }

    private void NoStore() => PrivateResponses.NoStore(Response);
}

public class ContactInput
{
    [Required(ErrorMessage = "Xin nhập mã tra cứu.")]
    public string? Code { get; set; }

    [Required(ErrorMessage = "Xin nhập số điện thoại đã ghi khi gửi ý kiến.")]
    public string? Phone { get; set; }

    /// <summary>The sender ticked that they understand the department can no longer reach them.</summary>
    public bool Confirm { get; set; }
}
