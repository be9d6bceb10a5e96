package id.go.tangerangkota.mpp.hub.protocol.iso8583;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class AuditNumbersTest {

    @Test
    void numbersAreTwelveDigitsAndNeverRepeatAcrossThreads() {
        AuditNumbers numbers = new AuditNumbers();
        Set<String> seen = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 20_000).parallel().forEach(i -> assertThat(seen.add(numbers.next())).isTrue());

        assertThat(seen).hasSize(20_000).allMatch(n -> n.matches("[0-9]{12}"));
    }

    @Test
    void theSequenceWrapsAfterTwelveNinesAndSkipsZero() {
        AuditNumbers numbers = new AuditNumbers(999_999_999_998L);
        Set<String> next = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            next.add(numbers.next());
        }

        assertThat(next).containsExactlyInAnyOrder("999999999999", "000000000001", "000000000002");
    }
}
