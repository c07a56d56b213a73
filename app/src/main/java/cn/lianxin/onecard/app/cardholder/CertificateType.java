package cn.lianxin.onecard.app.cardholder;

import java.util.regex.Pattern;

/** Kinds of identity certificate, each with the form its number must have. */
public enum CertificateType {
    /** Resident identity card: 17 digits and a digit or X check character. */
    RESIDENT_ID("\\d{17}[\\dX]", "must be 17 digits followed by the right check character (0-9 or X)") {
        @Override
        public boolean accepts(String number) {
            return ResidentIdNumber.isValid(number);
        }
    },
    PASSPORT("[A-Z0-9]{5,17}", "must be 5 to 17 upper-case letters or digits"),
    OTHER("[A-Z0-9-]{4,32}", "must be 4 to 32 upper-case letters, digits or '-'");

    private final Pattern form;
    private final String formMessage;

    CertificateType(String form, String formMessage) {
        this.form = Pattern.compile(form);
        this.formMessage = formMessage;
    }

    public boolean accepts(String number) {
        return number != null && form.matcher(number).matches();
    }

    public String formMessage() {
        return formMessage;
    }
}
