package org.homeward.insight.internal.population;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a child population from a CSV file, one number a row: {@code year,council,characteristic,group,children}.
 * The whole file is checked first and written only when every row is right, in one transaction, so that a file
 * is never half imported; each problem is reported by its row. A number already held is left as it is, so a file
 * imported twice changes nothing the second time. A cell a spreadsheet would run as a formula is refused, not
 * stored: nothing from the file is kept but years, councils known to Homeward, group codes and whole numbers.
 */
@Component
class PopulationImport {

    static final List<String> COLUMNS = List.of("year", "council", "characteristic", "group", "children");
    static final int MAX_ROWS = 20_000;
    static final int MAX_CHILDREN = 10_000_000;

    /** The problems found (nothing written when any), or what the import wrote. */
    record Outcome(List<String> problems, int rows, ChildPopulation.Saved saved) {
    }

    private record Council(UUID id, String name, String onsCode, String dfeCode) {
    }

    /** One year and council's population: null council for the whole partnership. */
    private record Key(int year, UUID authorityId, String name) {
    }

    private final JdbcClient jdbc;
    private final ChildPopulation population;
    private final TransactionTemplate tx;

    PopulationImport(JdbcClient jdbc, ChildPopulation population, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.population = population;
        this.tx = tx;
    }

    Outcome importFile(byte[] bytes, String byName, Instant at) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            return refused("The file must be a CSV file (comma-separated values, saved as UTF-8)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = CsvRecords.parse(text);
        if (records.isEmpty() || records.get(0).stream().allMatch(String::isBlank)) {
            return refused("The file is empty: its first row must name the columns " + String.join(", ", COLUMNS));
        }
        List<String> header = records.get(0).stream().map(c -> c.strip().toLowerCase(Locale.UK)).toList();
        if (!header.equals(COLUMNS)) {
            return refused("The first row must name the columns " + String.join(", ", COLUMNS) + ", in that order");
        }
        if (records.size() - 1 > MAX_ROWS) {
            return refused("The file has more than " + String.format("%,d", MAX_ROWS) + " rows: split it into smaller files");
        }

        List<Council> councils = jdbc.sql("select id, name, ons_code, dfe_code from agency where kind = 'LOCAL_AUTHORITY'")
                .query(Council.class).list();
        List<String> problems = new ArrayList<>();
        Map<Key, Map<PopulationGroup, Integer>> byKey = new LinkedHashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        int rows = 0;
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            int row = i + 1;
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            rows++;
            if (cells.size() != COLUMNS.size()) {
                problems.add("Row " + row + " must have " + COLUMNS.size() + " cells: " + String.join(", ", COLUMNS));
                continue;
            }
            Optional<String> formula = formula(cells);
            if (formula.isPresent()) {
                problems.add("Row " + row + ": the " + formula.get()
                        + " starts with =, +, -, @ or a tab, which a spreadsheet runs as a formula; enter the value alone");
                continue;
            }
            int before = problems.size();
            Integer year = year(cells.get(0));
            if (year == null) {
                problems.add("Row " + row + ": enter the year as 4 digits, for example 2025");
            }
            Optional<Optional<Council>> council = council(cells.get(1), councils);
            if (council.isEmpty()) {
                problems.add("Row " + row + ": the council is not one of the partnership's councils; give its name or "
                        + "ONS code, or leave it blank for the whole partnership");
            }
            Optional<PopulationGroup> group = group(cells.get(2), cells.get(3));
            if (group.isEmpty()) {
                problems.add("Row " + row + ": the characteristic must be all, sex, age or ethnicity, with one of its "
                        + "groups (for example sex, F)");
            }
            Integer children = children(cells.get(4));
            if (children == null) {
                problems.add("Row " + row + ": enter the number of children as a whole number, for example 12500");
            }
            if (problems.size() > before) {
                continue;
            }
            Key key = new Key(year, council.get().map(Council::id).orElse(null),
                    council.get().map(Council::name).orElse("the whole partnership"));
            String where = year + ", " + key.name() + ", " + group.get().label();
            Integer earlier = byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(group.get(), children);
            if (earlier != null && !earlier.equals(children)) {
                problems.add("Row " + row + " gives a second number for " + where + " (row " + firstRow.get(where)
                        + " gave " + earlier + "); keep one");
            }
            firstRow.putIfAbsent(where, row);
        }
        if (rows == 0 && problems.isEmpty()) {
            return refused("The file has no rows of numbers below its first row");
        }
        if (!problems.isEmpty()) {
            return new Outcome(problems, rows, ChildPopulation.Saved.none());
        }
        int counted = rows;
        return tx.execute(status -> {
            List<String> overTotal = new ArrayList<>();
            byKey.forEach((key, groups) -> {
                Map<PopulationGroup, Integer> merged = new LinkedHashMap<>(population.held(key.year(), key.authorityId()));
                merged.putAll(groups);
                PopulationChecks.overTotal(merged).forEach(c -> overTotal.add("The numbers by "
                        + c.title().toLowerCase(Locale.UK) + " for " + key.year() + ", " + key.name()
                        + " add up to more than all children; correct them or the number for all children"));
            });
            if (!overTotal.isEmpty()) {
                status.setRollbackOnly();
                return new Outcome(overTotal, counted, ChildPopulation.Saved.none());
            }
            ChildPopulation.Saved saved = ChildPopulation.Saved.none();
            for (Map.Entry<Key, Map<PopulationGroup, Integer>> e : byKey.entrySet()) {
                saved = saved.plus(population.save(e.getKey().year(), e.getKey().authorityId(), e.getValue(), false,
                        byName, at));
            }
            return new Outcome(List.of(), counted, saved);
        });
    }

    private static Outcome refused(String problem) {
        return new Outcome(List.of(problem), 0, ChildPopulation.Saved.none());
    }

    /** The column of the first cell a spreadsheet would read as a formula (OWASP CSV injection), if any. */
    private static Optional<String> formula(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String s = c.stripLeading();
            if (!c.isEmpty() && ("\t\r".indexOf(c.charAt(0)) >= 0 || !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0)) {
                return Optional.of(COLUMNS.get(i));
            }
        }
        return Optional.empty();
    }

    private static Integer year(String cell) {
        String s = cell.strip();
        if (!s.matches("[0-9]{4}")) {
            return null;
        }
        int year = Integer.parseInt(s);
        return year >= 1990 && year <= 2100 ? year : null;
    }

    /** Empty when no council is named so; the inner empty for the whole partnership (a blank cell). */
    private static Optional<Optional<Council>> council(String cell, List<Council> councils) {
        String s = cell.strip();
        if (s.isEmpty() || s.equalsIgnoreCase("partnership") || s.equalsIgnoreCase("the whole partnership")) {
            return Optional.of(Optional.empty());
        }
        return councils.stream().filter(c -> plain(s).equals(plain(c.name())) || s.equalsIgnoreCase(c.onsCode())
                        || s.equalsIgnoreCase(c.dfeCode()))
                .findFirst().map(Optional::of);
    }

    /** A council's name as people write it: "South Gloucestershire" for "South Gloucestershire Council". */
    private static String plain(String name) {
        String n = name.strip().toLowerCase(Locale.UK).replaceAll("\\s+", " ");
        return n.endsWith(" council") ? n.substring(0, n.length() - " council".length()) : n;
    }

    private static Optional<PopulationGroup> group(String characteristic, String group) {
        String c = characteristic.strip().toLowerCase(Locale.UK);
        PopulationGroup.Characteristic named = switch (c) {
            case "all", "all children", "total" -> PopulationGroup.Characteristic.ALL;
            case "sex" -> PopulationGroup.Characteristic.SEX;
            case "age", "age band" -> PopulationGroup.Characteristic.AGE;
            case "ethnicity", "ethnic group" -> PopulationGroup.Characteristic.ETHNICITY;
            default -> null;
        };
        if (named == null) {
            return Optional.empty();
        }
        return named.groups().stream().filter(g -> g.named(group)).findFirst();
    }

    private static Integer children(String cell) {
        String s = cell.strip().replace(",", "");
        if (!s.matches("[0-9]{1,9}")) {
            return null;
        }
        int n = Integer.parseInt(s);
        return n <= MAX_CHILDREN ? n : null;
    }
}
