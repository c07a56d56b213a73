package cn.lianxin.onecard.app.cardholder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertificateDigestTest {

    private static final String NUMBER = "11010519491231002X";

    @Test
    void shouldRecogniseTheNumberItWasMadeFromAndNoOther() {
        CertificateDigest digest = CertificateDigest.of(NUMBER);

        assertThat(digest.matches(NUMBER)).isTrue();
        assertThat(digest.matches("110105194912310039")).isFalse();
        assertThat(digest.last4()).isEqualTo("002X");
    }

    @Test
    void shouldSaltEachDigestSoEqualNumbersLookDifferent() {
        CertificateDigest first = CertificateDigest.of(NUMBER);
        CertificateDigest second = CertificateDigest.of(NUMBER);

        assertThat(first.saltHex()).isNotEqualTo(second.saltHex());
        assertThat(first.hashHex()).isNotEqualTo(second.hashHex());
        assertThat(second.matches(NUMBER)).isTrue();
    }

    @Test
    void shouldNeverShowTheNumberInStoredFieldsOrText() {
        CertificateDigest digest = CertificateDigest.of(NUMBER);

        assertThat(digest.saltHex()).hasSize(32).doesNotContain("1949");
        assertThat(digest.hashHex()).hasSize(64).doesNotContain("1949");
        assertThat(digest.toString()).isEqualTo("CertificateDigest[****002X]");
    }

    @Test
    void shouldGiveTheSameHashForTheSameSaltAndNumber() {
        byte[] salt = new byte[16];
        assertThat(CertificateDigest.withSalt(salt, NUMBER)).isEqualTo(CertificateDigest.withSalt(salt, NUMBER));
    }
}
