package org.claimgraph.common.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Values of native query rows, whichever Java type the driver gave them. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code timestamptz} column as an offset date-time (UTC when the driver dropped the offset). */
    public static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Timestamp time) {
            return time.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Instant time) {
            return time.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime time) {
            return time.atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(value.toString());
    }
}
