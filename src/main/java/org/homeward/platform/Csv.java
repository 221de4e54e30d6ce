package org.homeward.platform;

import java.util.List;

/**
 * The one CSV writer. Cells are quoted when needed, and a cell a spreadsheet would read as a formula
 * (starting =, +, -, @, tab or carriage return) is prefixed with an apostrophe (OWASP CSV injection).
 */
public final class Csv {

    private final StringBuilder out = new StringBuilder();

    public Csv row(Object... cells) {
        return row(List.of(cells));
    }

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
