package dev.orbita.web.list;

import dev.orbita.shared.ValidationException;
import dev.orbita.shared.check.RequestChecks;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The type of a sort column, which decides how its value is written into a keyset cursor and read
 * back as a query parameter: compared as text, "10" sorts before "9", so numbers, money and dates
 * must travel as what they are.
 */
public enum SortType {
    TEXT {
        @Override
        String read(ResultSet rs, String column) throws SQLException {
            return rs.getString(column);
        }

        @Override
        Object parameter(String value) {
            return value;
        }
    },
    /** Integers and decimals. */
    NUMBER {
        @Override
        String read(ResultSet rs, String column) throws SQLException {
            BigDecimal n = rs.getBigDecimal(column);
            return n == null ? null : n.toPlainString();
        }

        @Override
        Object parameter(String value) {
            return number(value);
        }
    },
    /** An amount column (the currency is a filter, never mixed in one sort). */
    MONEY {
        @Override
        String read(ResultSet rs, String column) throws SQLException {
            return NUMBER.read(rs, column);
        }

        @Override
        Object parameter(String value) {
            return number(value);
        }
    },
    /** A calendar date. */
    DATE {
        @Override
        String read(ResultSet rs, String column) throws SQLException {
            java.sql.Date d = rs.getDate(column);
            return d == null ? null : d.toLocalDate().toString();
        }

        @Override
        Object parameter(String value) {
            LocalDate date = LocalDate.parse(value);
            storable(date.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
            return java.sql.Date.valueOf(date);
        }
    },
    /** A point in time (timestamp columns). */
    TIME {
        @Override
        String read(ResultSet rs, String column) throws SQLException {
            Timestamp ts = rs.getTimestamp(column);
            return ts == null ? null : ts.toInstant().toString();
        }

        @Override
        Object parameter(String value) {
            return Timestamp.from(storable(Instant.parse(value)));
        }
    };

    /** No more than 100 digits before the point: what any numeric column of a list holds. */
    private static BigDecimal number(String value) {
        BigDecimal n = new BigDecimal(value);
        if (n.precision() - n.scale() > 100) {
            throw new IllegalArgumentException("number out of range");
        }
        return n;
    }

    private static Instant storable(Instant instant) {
        if (!RequestChecks.storable(instant)) {
            throw new IllegalArgumentException("instant out of range");
        }
        return instant;
    }

    /** The column's value in a result row, as the cursor records it. */
    abstract String read(ResultSet rs, String column) throws SQLException;

    abstract Object parameter(String value);

    /** The cursor's value as a query parameter of this type; a tampered cursor is a 400 naming {@code after}. */
    Object cursorParameter(String value) {
        return cursorParameter(value, "after");
    }

    /** The cursor's value as a query parameter of this type; a tampered cursor is a 400 naming {@code field}. */
    Object cursorParameter(String value, String field) {
        try {
            return parameter(value);
        } catch (RuntimeException e) {
            throw ValidationException.of(field, "validation.cursor");
        }
    }
}
