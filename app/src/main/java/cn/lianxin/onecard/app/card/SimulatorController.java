package cn.lianxin.onecard.app.card;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The simulated outlet readers of the demo and the tests: put a virtual card on a reader (the
 * same card every time for a UID, factory-fresh the first time) or take it away. Absent (404)
 * when readers are real.
 */
@Tag(name = "Reader simulator", description = "Demo and tests only: put virtual MIFARE cards on simulated readers")
@RestController
@RequestMapping("/api/simulator/readers/{readerId}/card")
@PreAuthorize("hasAnyRole('centre-admin', 'outlet-clerk', 'community-staff')")
class SimulatorController {

    private final CardReaders readers;

    SimulatorController(CardReaders readers) {
        this.readers = readers;
    }

    /** Puts the card down; an approved application waiting at the reader's outlet takes it. */
    @PutMapping
    Map<String, Object> present(@PathVariable String readerId, @Valid @RequestBody CardRequests.VirtualCard card) {
        readers.presentVirtualCard(readerId, card.uid());
        return Map.of("readerId", readerId, "uid", card.uid(), "present", true);
    }

    @GetMapping
    Map<String, Object> state(@PathVariable String readerId) {
        var reader = readers.simulatedReader(readerId);
        return Map.of("readerId", readerId, "present", reader.isCardPresent(),
                "uid", reader.card().map(c -> c.uid()).orElse(""));
    }

    @DeleteMapping
    Map<String, Object> remove(@PathVariable String readerId) {
        readers.removeVirtualCard(readerId);
        return Map.of("readerId", readerId, "present", false);
    }
}
