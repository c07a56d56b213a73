package cn.lianxin.onecard.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortablePropertiesTest {

    @SuppressWarnings("unused")
    static class Holder {
        static final int CONSTANT = 1;
        private Long cardholderId;
        private String name;
        private BigDecimal floorArea;
        private LocalDate issuedOn;
        private Thread.State state;
        private String certificateHash;
        private byte[] certificateSalt;
        private List<String> tags;
        private transient String cache;
    }

    @Test
    void shouldOfferTheSimpleValuesAndNeverASecretOrACollection() {
        assertThat(SortableProperties.of(Holder.class))
                .containsExactly("cardholderId", "floorArea", "issuedOn", "name", "state");
    }
}
