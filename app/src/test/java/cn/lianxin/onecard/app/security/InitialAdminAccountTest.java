package cn.lianxin.onecard.app.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InitialAdminAccountTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void shouldRefuseAProductionStartWithoutAnAdminPassword(String password) {
        assertThatThrownBy(() -> InitialAdminAccount.refuseWeak(password))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ONECARD_ADMIN_PASSWORD is not set");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "DEMO", "admin", "changeme"})
    void shouldRefuseTheDemoAndWellKnownPasswords(String password) {
        assertThatThrownBy(() -> InitialAdminAccount.refuseWeak(password))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo or well-known password");
    }

    @Test
    void shouldRefuseAShortPassword() {
        assertThatThrownBy(() -> InitialAdminAccount.refuseWeak("x7#kP2q"))
                .hasMessageContaining("at least 12 characters");
    }

    @Test
    void shouldAcceptALongUnknownPassword() {
        assertThatCode(() -> InitialAdminAccount.refuseWeak("Pengcheng-2026-wallet!")).doesNotThrowAnyException();
    }
}
