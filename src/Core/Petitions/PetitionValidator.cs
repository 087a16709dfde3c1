using System.Net.Mail;
using System.Text.RegularExpressions;
using CchcFeedback.Core.Localization;
using CchcFeedback.Core.Security;

namespace CchcFeedback.Core.Petitions;

/// <summary>Checks a submission field by field before anything is stored; the catalog and the photos are
/// checked by <see cref="PetitionService"/>.</summary>
public static partial class PetitionValidator
{
    /// <summary>How the title is measured, in words; shared with the manager's redaction.</summary>
    internal static readonly LengthWords TitleWords = new(
        LocalizedText.Vi("Tiêu đề không được để trống."),
        LocalizedText.Vi("Tiêu đề cần ít nhất {0} ký tự."),
        LocalizedText.Vi("Tiêu đề dài {0} ký tự, quá giới hạn {1} ký tự."));

    /// <summary>How the text is measured, in words; shared with the manager's redaction.</summary>
    internal static readonly LengthWords TextWords = new(
        LocalizedText.Vi("Nội dung không được để trống."),
        LocalizedText.Vi("Nội dung cần ít nhất {0} ký tự."),
        LocalizedText.Vi("Nội dung dài {0} ký tự, quá giới hạn {1} ký tự."));

    public static IReadOnlyList<PetitionFieldError> Validate(PetitionSubmission submission)
    {
        var errors = new List<PetitionFieldError>();
        void Fail(string field, LocalizedText message) => errors.Add(new PetitionFieldError(field, message));

        if (submission.SubmissionId == Guid.Empty)
        {
            Fail("submissionId", LocalizedText.Vi("Thiếu mã lượt gửi."));
        }
        if (submission.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            Fail("kind", LocalizedText.Vi("Xin chọn loại ý kiến."));
        }
        CheckLength(submission.Title, PetitionLimits.TitleMinLength, PetitionLimits.TitleMaxLength, "title", TitleWords, Fail);
        CheckLength(submission.Text, PetitionLimits.TextMinLength, PetitionLimits.TextMaxLength, "text", TextWords, Fail);
        TextInput.Check(submission.Title, freeText: false, "title",
            LocalizedText.Vi("Tiêu đề có ký tự điều khiển hoặc ký tự không hợp lệ; xin xóa ký tự đó và nhập lại."), Fail);
        TextInput.Check(submission.Text, freeText: true, "text",
            LocalizedText.Vi("Nội dung có ký tự điều khiển hoặc ký tự không hợp lệ; xin xóa ký tự đó và nhập lại."), Fail);
        CodeInput.Check(Clean(submission.DossierCode), PetitionLimits.DossierCodeLength, "dossierCode", CodeInput.Dossier, Fail);
        CodeInput.Check(Clean(submission.ProcedureCode), Catalog.CatalogLimits.CodeLength, "procedureCode", CodeInput.Procedure, Fail);
        if (submission.Photos.Count > PetitionLimits.MaxPhotos)
        {
            Fail("photos", LocalizedText.Vi("Gửi tối đa {0} ảnh.", PetitionLimits.MaxPhotos));
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

    private static void ValidateContact(PetitionSubmission s, PetitionKind kind, Action<string, LocalizedText> fail)
    {
        if (!s.HasContact)
        {
            // An anonymous phản ánh or kiến nghị is received as góp ý (PETITIONS.md); a complaint or a denunciation
            // cannot be handled without knowing who sends it.
            if (PetitionKinds.IsPersonal(kind))
            {
                fail("contactName", LocalizedText.Vi("Khiếu nại, tố cáo cần họ tên, địa chỉ và số điện thoại của người gửi (thông tin được giữ bí mật)."));
            }
            return;
        }
        TextInput.Check(s.ContactName, freeText: false, "contactName",
            LocalizedText.Vi("Họ tên có ký tự điều khiển hoặc ký tự không hợp lệ; xin xóa ký tự đó và nhập lại."), fail);
        TextInput.Check(s.ContactAddress, freeText: false, "contactAddress",
            LocalizedText.Vi("Địa chỉ có ký tự điều khiển hoặc ký tự không hợp lệ; xin xóa ký tự đó và nhập lại."), fail);
        TextInput.Check(s.ContactPhone, freeText: false, "contactPhone",
            LocalizedText.Vi("Số điện thoại có ký tự điều khiển hoặc ký tự không hợp lệ; xin xóa ký tự đó và nhập lại."), fail);
        TextInput.Check(s.ContactEmail, freeText: false, "contactEmail",
            LocalizedText.Vi("Địa chỉ thư điện tử có ký tự điều khiển hoặc ký tự không hợp lệ; xin xóa ký tự đó và nhập lại."), fail);
        var name = Clean(s.ContactName);
        var address = Clean(s.ContactAddress);
        var phone = Clean(s.ContactPhone);
        var email = Clean(s.ContactEmail);
        if (PetitionKinds.NeedsIdentity(kind))
        {
            if (name is null)
            {
                fail("contactName", LocalizedText.Vi("Xin cho biết họ và tên. Phản ánh, kiến nghị, khiếu nại, tố cáo cần họ tên, địa chỉ và số điện thoại; nếu không muốn cho biết, hãy để trống cả bốn ô và chọn góp ý."));
            }
            if (address is null)
            {
                fail("contactAddress", LocalizedText.Vi("Xin cho biết địa chỉ. Phản ánh, kiến nghị, khiếu nại, tố cáo cần họ tên, địa chỉ và số điện thoại; nếu không muốn cho biết, hãy để trống cả bốn ô và chọn góp ý."));
            }
            if (phone is null)
            {
                fail("contactPhone", LocalizedText.Vi("Xin cho biết số điện thoại. Phản ánh, kiến nghị, khiếu nại, tố cáo cần họ tên, địa chỉ và số điện thoại; nếu không muốn cho biết, hãy để trống cả bốn ô và chọn góp ý."));
            }
        }
        else if (phone is null && email is null)
        {
            fail("contactPhone", LocalizedText.Vi("Để được liên hệ lại, xin cho biết số điện thoại hoặc thư điện tử; nếu không, hãy để trống cả bốn ô."));
        }
        if (name is { Length: > PetitionLimits.NameMaxLength })
        {
            fail("contactName", LocalizedText.Vi("Họ tên dài quá {0} ký tự.", PetitionLimits.NameMaxLength));
        }
        if (address is { Length: > PetitionLimits.AddressMaxLength })
        {
            fail("contactAddress", LocalizedText.Vi("Địa chỉ dài quá {0} ký tự.", PetitionLimits.AddressMaxLength));
        }
        if (phone is not null && NormalisePhone(phone) is null)
        {
            fail("contactPhone", LocalizedText.Vi("Số điện thoại không đúng: cần 10 hoặc 11 chữ số, bắt đầu bằng 0 (ví dụ 0912 345 678)."));
        }
        if (email is not null && !IsEmail(email))
        {
            fail("contactEmail", LocalizedText.Vi("Địa chỉ thư điện tử không đúng (ví dụ ten@example.vn)."));
        }
        if (!s.ConsentContact)
        {
            fail("consentContact", LocalizedText.Vi("Xin đánh dấu đồng ý để cơ quan dùng thông tin liên hệ; nếu không, hãy để trống thông tin liên hệ."));
        }
    }

    private static bool IsEmail(string text) =>
        text.Length <= PetitionLimits.EmailMaxLength && MailAddress.TryCreate(text, out var address)
        && address.Address == text && address.Host.Contains('.');

    internal static void CheckLength(string? value, int min, int max, string field, LengthWords words, Action<string, LocalizedText> fail)
    {
        var length = Clean(value)?.Length ?? 0;
        if (length == 0)
        {
            fail(field, words.Missing);
        }
        else if (length < min)
        {
            fail(field, words.TooShort with { Arguments = [min] });
        }
        else if (length > max)
        {
            fail(field, words.TooLong with { Arguments = [length, max] });
        }
    }

    [GeneratedRegex(@"^0[1-9][0-9]{8,9}$")]
    private static partial Regex PhonePattern();
}
