package de.ddnhamburg.network.domain.privacy;

import java.util.Map;

/** What erasing a guest's data erased: records by section. */
public record GuestErasure(Map<String, Integer> records) {

    public GuestErasure {
        records = Map.copyOf(records);
    }

    public int total() {
        return records.values().stream().mapToInt(Integer::intValue).sum();
    }
}
