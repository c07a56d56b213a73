package cn.lianxin.onecard.app.cardholder;

/**
 * The 18-character resident identity number (GB 11643): 17 digits and a check character computed
 * with ISO 7064 MOD 11-2, which catches every single-digit typing error.
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private ResidentIdNumber() {
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17Digits) {
        if (first17Digits == null || !first17Digits.matches("\\d{17}")) {
            throw new IllegalArgumentException("needs exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** True when the number has the right form and its check character fits. */
    public static boolean isValid(String number) {
        return number != null && number.matches("\\d{17}[\\dX]")
                && checkCharacter(number.substring(0, 17)) == number.charAt(17);
    }
}
