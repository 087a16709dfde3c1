using System.Net.Mail;
using System.Text.RegularExpressions;
using CchcFeedback.Core.Security;

namespace CchcFeedback.Core.Petitions;

/// <summary>Checks a submission field by field before anything is stored; the catalog and the photos are
/// checked by <see cref="PetitionService"/>.</summary>
public static partial class PetitionValidator
{
    public static IReadOnlyList<PetitionFieldError> Validate(PetitionSubmission submission)
    {
        var errors = new List<PetitionFieldError>();
        void Fail(string field, string vi, string en) => errors.Add(new PetitionFieldError(field, vi, en));

        if (submission.SubmissionId == Guid.Empty)
        {
            Fail("submissionId", "Thiếu mã lượt gửi.", "The submission id is missing.");
        }
        if (submission.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            Fail("kind", "Xin chọn loại ý kiến.", "Please choose what kind of petition this is.");
        }
        CheckLength(submission.Title, PetitionLimits.TitleMinLength, PetitionLimits.TitleMaxLength, "title", "Tiêu đề", "The title", Fail);
        CheckLength(submission.Text, PetitionLimits.TextMinLength, PetitionLimits.TextMaxLength, "text", "Nội dung", "The text", Fail);
        TextInput.Check(submission.Title, freeText: false, "title", "Tiêu đề", "The title", Fail);
        TextInput.Check(submission.Text, freeText: true, "text", "Nội dung", "The text", Fail);
        if (Clean(submission.DossierCode) is { } dossier && (dossier.Length > PetitionLimits.DossierCodeLength || !CodePattern().IsMatch(dossier)))
        {
            Fail("dossierCode", "Mã hồ sơ chỉ gồm chữ, số và các dấu - _ . /", "A dossier code has only letters, digits and - _ . /");
        }
        if (Clean(submission.ProcedureCode) is { } procedure && (procedure.Length > Catalog.CatalogLimits.CodeLength || !CodePattern().IsMatch(procedure)))
        {
            Fail("procedureCode", "Mã thủ tục chỉ gồm chữ, số và các dấu - _ . /", "A procedure code has only letters, digits and - _ . /");
        }
        if (submission.Photos.Count > PetitionLimits.MaxPhotos)
        {
            Fail("photos", $"Gửi tối đa {PetitionLimits.MaxPhotos} ảnh.", $"Send at most {PetitionLimits.MaxPhotos} photos.");
        }
        if (submission.Kind is { } chosen)
        {
            ValidateContact(submission, chosen, Fail);
        }
        return errors;
    }

    /// <summary>A Vietnamese phone number in its national form (0 and 9 or 10 digits), from what people type:
    /// spaces, dots, hyphens, brackets, +84 or 84; null when it is not one.</summary>
    public static string? NormalisePhone(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }
        var digits = new string(typed.Where(c => c is not (' ' or '.' or '-' or '(' or ')')).ToArray());
        if (digits.StartsWith("+84", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }
        else if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length is 11 or 12)
        {
            digits = "0" + digits[2..];
        }
        return PhonePattern().IsMatch(digits) ? digits : null;
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void ValidateContact(PetitionSubmission s, PetitionKind kind, Action<string, string, string> fail)
    {
        if (!s.HasContact)
        {
            // An anonymous phản ánh or kiến nghị is received as góp ý (PETITIONS.md); a complaint or a denunciation
            // cannot be handled without knowing who sends it.
            if (PetitionKinds.IsPersonal(kind))
            {
                fail("contactName", "Khiếu nại, tố cáo cần họ tên, địa chỉ và số điện thoại của người gửi (thông tin được giữ bí mật).",
                    "A complaint or a report of a violation needs the sender's name, address and phone number (kept confidential).");
            }
            return;
        }
        TextInput.Check(s.ContactName, freeText: false, "contactName", "Họ tên", "The name", fail);
        TextInput.Check(s.ContactAddress, freeText: false, "contactAddress", "Địa chỉ", "The address", fail);
        TextInput.Check(s.ContactPhone, freeText: false, "contactPhone", "Số điện thoại", "The phone number", fail);
        TextInput.Check(s.ContactEmail, freeText: false, "contactEmail", "Địa chỉ thư điện tử", "The e-mail address", fail);
        var name = Clean(s.ContactName);
        var address = Clean(s.ContactAddress);
        var phone = Clean(s.ContactPhone);
        var email = Clean(s.ContactEmail);
        if (PetitionKinds.NeedsIdentity(kind))
        {
            const string Why = " Phản ánh, kiến nghị, khiếu nại, tố cáo cần họ tên, địa chỉ và số điện thoại; nếu không muốn cho biết, hãy để trống cả bốn ô và chọn góp ý.";
            const string WhyEn = " A petition, complaint or report needs a name, address and phone number; to stay anonymous, leave all four boxes empty and choose a remark.";
            if (name is null)
            {
                fail("contactName", "Xin cho biết họ và tên." + Why, "Please give your name." + WhyEn);
            }
            if (address is null)
            {
                fail("contactAddress", "Xin cho biết địa chỉ." + Why, "Please give your address." + WhyEn);
            }
            if (phone is null)
            {
                fail("contactPhone", "Xin cho biết số điện thoại." + Why, "Please give your phone number." + WhyEn);
            }
        }
        else if (phone is null && email is null)
        {
            fail("contactPhone", "Để được liên hệ lại, xin cho biết số điện thoại hoặc thư điện tử; nếu không, hãy để trống cả bốn ô.",
                "To be contacted, give a phone number or an e-mail address; otherwise leave all four boxes empty.");
        }
        if (name is { Length: > PetitionLimits.NameMaxLength })
        {
            fail("contactName", $"Họ tên dài quá {PetitionLimits.NameMaxLength} ký tự.", $"The name is longer than {PetitionLimits.NameMaxLength} characters.");
        }
        if (address is { Length: > PetitionLimits.AddressMaxLength })
        {
            fail("contactAddress", $"Địa chỉ dài quá {PetitionLimits.AddressMaxLength} ký tự.", $"The address is longer than {PetitionLimits.AddressMaxLength} characters.");
        }
        if (phone is not null && NormalisePhone(phone) is null)
        {
            fail("contactPhone", "Số điện thoại không đúng: cần 10 hoặc 11 chữ số, bắt đầu bằng 0 (ví dụ 0912 345 678).",
                "The phone number is not right: 10 or 11 digits starting with 0 (for example 0912 345 678).");
        }
        if (email is not null && !IsEmail(email))
        {
            fail("contactEmail", "Địa chỉ thư điện tử không đúng (ví dụ ten@example.vn).", "The e-mail address is not right (for example name@example.vn).");
        }
        if (!s.ConsentContact)
        {
            fail("consentContact", "Xin đánh dấu đồng ý để cơ quan dùng thông tin liên hệ; nếu không, hãy để trống thông tin liên hệ.",
                "Please tick your consent to the use of your contact details, or leave them empty.");
        }
    }

    private static bool IsEmail(string text) =>
        text.Length <= PetitionLimits.EmailMaxLength && MailAddress.TryCreate(text, out var address)
        && address.Address == text && address.Host.Contains('.');

    internal static void CheckLength(string? value, int min, int max, string field, string vi, string en, Action<string, string, string> fail)
    {
        var length = Clean(value)?.Length ?? 0;
        if (length == 0)
        {
            fail(field, $"{vi} không được để trống.", $"{en} is required.");
        }
        else if (length < min)
        {
            fail(field, $"{vi} cần ít nhất {min} ký tự.", $"{en} needs at least {min} characters.");
        }
        else if (length > max)
        {
            fail(field, $"{vi} dài {length} ký tự, quá giới hạn {max} ký tự.", $"{en} has {length} characters, more than the limit of {max}.");
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._/\-]*$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^0[1-9][0-9]{8,9}$")]
    private static partial Regex PhonePattern();
}
