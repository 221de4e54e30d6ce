package org.homeward.selfassessment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.selfassessment.internal.Questionnaire.Area;
import org.homeward.selfassessment.internal.Questionnaire.ChecklistItem;
import org.homeward.selfassessment.internal.Questionnaire.Grade;
import org.homeward.selfassessment.internal.Questionnaire.Question;
import org.homeward.selfassessment.internal.Questionnaire.Scoring;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a questionnaire file (YAML, or JSON, which is read as such) into a {@link Questionnaire}, with every
 * problem named by where it is ("areas 3, questions 2, text: ..."), and writes one back out. Files come from
 * administrators, but are read as untrusted: plain data only, no aliases bombs, bounded size and depth.
 */
final class QuestionnaireFiles {

    /** Characters in a file: the reconstruction is about 25,000. */
    static final int MAX_CHARACTERS = 400_000;
    static final int KEY_LENGTH = 60;
    static final int TEXT_LENGTH = 2000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The questionnaire, or the problems that stop it loading (never both). */
    record Read(Questionnaire questionnaire, List<String> problems) {
    }

    private QuestionnaireFiles() {
    }

    static Read read(String content) {
        List<String> problems = new ArrayList<>();
        if (content == null || content.isBlank()) {
            return new Read(null, List.of("Paste the questionnaire file"));
        }
        if (content.length() > MAX_CHARACTERS) {
            return new Read(null, List.of("The file must be " + MAX_CHARACTERS + " characters or fewer"));
        }
        Object tree;
        try {
            tree = content.stripLeading().startsWith("{") ? JSON.readValue(content, Map.class) : yaml().load(content);
        } catch (MarkedYAMLException e) {
            return new Read(null, List.of("The file is not valid YAML at line " + (e.getProblemMark() == null ? "?"
                    : e.getProblemMark().getLine() + 1) + ": " + clip(e.getProblem())));
        } catch (YAMLException | JacksonException | IllegalArgumentException e) {
            return new Read(null, List.of("The file is not valid YAML or JSON: " + clip(e.getMessage())));
        }
        if (!(tree instanceof Map<?, ?> root)) {
            return new Read(null, List.of("The file must be a questionnaire: key, version, title, scale, scoring and areas"));
        }
        Questionnaire q = new Reader(problems).questionnaire(root);
        return problems.isEmpty() ? new Read(q, List.of()) : new Read(null, List.copyOf(problems));
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(MAX_CHARACTERS * 2);
        options.setNestingDepthLimit(20);
        return new Yaml(new SafeConstructor(options));
    }

    private static String clip(String s) {
        if (s == null) {
            return "unreadable";
        }
        String line = s.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    /** The questionnaire as a tree of plain maps and lists, in the file's own order: what JSON and YAML write. */
    static Map<String, Object> tree(Questionnaire q) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("key", q.key());
        root.put("version", q.version());
        root.put("title", q.title());
        root.put("reconstruction", q.reconstruction());
        putIfPresent(root, "source", q.source());
        List<Object> scale = new ArrayList<>();
        for (Grade g : q.scale()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", g.code());
            m.put("label", g.label());
            m.put("score", g.score());
            if (g.flags()) {
                m.put("flags", true);
            }
            scale.add(m);
        }
        root.put("scale", scale);
        root.put("scoring", scoring(q.scoring()));
        List<Object> areas = new ArrayList<>();
        for (Area a : q.areas()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", a.key());
            m.put("title", a.title());
            putIfPresent(m, "description", a.description());
            putIfPresent(m, "survey", a.survey());
            if (!a.scoring().equals(q.scoring())) {
                m.put("scoring", scoring(a.scoring()));
            }
            List<Object> questions = new ArrayList<>();
            for (Question question : a.questions()) {
                Map<String, Object> qm = new LinkedHashMap<>();
                qm.put("key", question.key());
                qm.put("text", question.text());
                putIfPresent(qm, "guidance", question.guidance());
                if (!question.evidence().isEmpty()) {
                    qm.put("evidence", question.evidence());
                }
                questions.add(qm);
            }
            m.put("questions", questions);
            List<Object> checklist = new ArrayList<>();
            for (ChecklistItem item : a.checklist()) {
                Map<String, Object> im = new LinkedHashMap<>();
                im.put("key", item.key());
                im.put("text", item.text());
                putIfPresent(im, "guidance", item.guidance());
                checklist.add(im);
            }
            m.put("checklist", checklist);
            areas.add(m);
        }
        root.put("areas", areas);
        return root;
    }

    private static Map<String, Object> scoring(Scoring s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", s.rule().name().toLowerCase());
        m.put("threshold", s.threshold());
        return m;
    }

    private static void putIfPresent(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    static String json(Questionnaire q) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(q));
    }

    static String yaml(Questionnaire q) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(120);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return new Yaml(new Representer(options), options).dump(tree(q));
    }

    /** The same questionnaire always has the same hash, however its file was laid out. */
    static String hash(Questionnaire q) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json(q).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Walks the tree, collecting every problem rather than stopping at the first. */
    private static final class Reader {

        private final List<String> problems;

        Reader(List<String> problems) {
            this.problems = problems;
        }

        Questionnaire questionnaire(Map<?, ?> root) {
            String key = key(root, "key", "");
            String version = text(root, "version", "", true, 40);
            String title = text(root, "title", "", true, 200);
            boolean reconstruction = bool(root, "reconstruction", "");
            String source = text(root, "source", "", false, TEXT_LENGTH);
            List<Grade> scale = scale(root.get("scale"));
            Scoring scoring = scoring(root.get("scoring"), "scoring", null);
            List<Area> areas = new ArrayList<>();
            List<Map<?, ?>> rows = list(root.get("areas"), "areas", true);
            Set<String> areaKeys = new HashSet<>();
            Set<String> questionKeys = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                String where = "areas " + (i + 1);
                Map<?, ?> a = rows.get(i);
                String areaKey = key(a, "key", where);
                if (areaKey != null && !areaKeys.add(areaKey)) {
                    problem(where + ", key", "another area already has the key " + areaKey);
                }
                String areaTitle = text(a, "title", where, true, 200);
                String description = text(a, "description", where, false, TEXT_LENGTH);
                String survey = text(a, "survey", where, false, TEXT_LENGTH);
                Scoring areaScoring = a.containsKey("scoring") ? scoring(a.get("scoring"), where + ", scoring", null) : scoring;
                List<Question> questions = new ArrayList<>();
                List<Map<?, ?>> qs = list(a.get("questions"), where + ", questions", true);
                for (int j = 0; j < qs.size(); j++) {
                    String qWhere = where + ", questions " + (j + 1);
                    Map<?, ?> qm = qs.get(j);
                    String qKey = key(qm, "key", qWhere);
                    if (qKey != null && !questionKeys.add(qKey)) {
                        problem(qWhere + ", key", "another question already has the key " + qKey);
                    }
                    questions.add(new Question(qKey, text(qm, "text", qWhere, true, TEXT_LENGTH),
                            text(qm, "guidance", qWhere, false, TEXT_LENGTH), evidence(qm.get("evidence"), qWhere)));
                }
                List<ChecklistItem> checklist = new ArrayList<>();
                List<Map<?, ?>> items = list(a.get("checklist"), where + ", checklist", false);
                Set<String> itemKeys = new HashSet<>();
                for (int j = 0; j < items.size(); j++) {
                    String iWhere = where + ", checklist " + (j + 1);
                    Map<?, ?> im = items.get(j);
                    String iKey = key(im, "key", iWhere);
                    if (iKey != null && !itemKeys.add(iKey)) {
                        problem(iWhere + ", key", "another item of this checklist already has the key " + iKey);
                    }
                    checklist.add(new ChecklistItem(iKey, text(im, "text", iWhere, true, TEXT_LENGTH),
                            text(im, "guidance", iWhere, false, TEXT_LENGTH)));
                }
                areas.add(new Area(areaKey, areaTitle, description, survey, areaScoring, List.copyOf(questions), List.copyOf(checklist)));
            }
            if (rows.size() > 50) {
                problem("areas", "a questionnaire has at most 50 areas");
            }
            return new Questionnaire(key, version, title, reconstruction, source, scale, scoring, List.copyOf(areas));
        }

        private List<Grade> scale(Object value) {
            List<Grade> grades = new ArrayList<>();
            List<Map<?, ?>> rows = list(value, "scale", true);
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                String where = "scale " + (i + 1);
                Map<?, ?> g = rows.get(i);
                String code = key(g, "code", where);
                if (code != null && !codes.add(code)) {
                    problem(where + ", code", "another grade already has the code " + code);
                }
                Object score = g.get("score");
                if (!(score instanceof Integer s) || s < 0 || s > 100) {
                    problem(where + ", score", "enter a whole number from 0 to 100");
                }
                grades.add(new Grade(code, text(g, "label", where, true, 100), score instanceof Integer s ? s : 0,
                        bool(g, "flags", where)));
            }
            if (rows.size() == 1) {
                problem("scale", "the scale needs at least two grades");
            }
            return List.copyOf(grades);
        }

        private Scoring scoring(Object value, String where, Scoring fallback) {
            if (!(value instanceof Map<?, ?> m)) {
                problem(where, "give the rule (mean or minimum) and the threshold below which an area is flagged");
                return fallback == null ? new Scoring(Scoring.Rule.MEAN, 0) : fallback;
            }
            Object rule = m.get("rule");
            Scoring.Rule r = Scoring.Rule.MEAN;
            if ("minimum".equals(rule)) {
                r = Scoring.Rule.MINIMUM;
            } else if (!"mean".equals(rule)) {
                problem(where + ", rule", "enter mean or minimum");
            }
            Object threshold = m.get("threshold");
            double t = 0;
            if (threshold instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 100) {
                t = n.doubleValue();
            } else {
                problem(where + ", threshold", "enter a number from 0 to 100");
            }
            return new Scoring(r, t);
        }

        private List<String> evidence(Object value, String where) {
            if (value == null) {
                return List.of();
            }
            List<String> figures = new ArrayList<>();
            if (!(value instanceof List<?> l)) {
                problem(where + ", evidence", "list the names of Homeward figures");
                return List.of();
            }
            for (Object o : l) {
                if (o instanceof String s && s.matches("[a-z0-9.\\-]{1,80}")) {
                    figures.add(s);
                } else {
                    problem(where + ", evidence", "a figure's name is lower-case letters, digits, dots and hyphens");
                }
            }
            return List.copyOf(figures);
        }

        private List<Map<?, ?>> list(Object value, String where, boolean required) {
            if (value == null) {
                if (required) {
                    problem(where, "the list is missing or empty");
                }
                return List.of();
            }
            if (!(value instanceof List<?> l) || l.isEmpty() && required) {
                problem(where, required ? "the list is missing or empty" : "must be a list");
                return List.of();
            }
            if (l.size() > 200) {
                problem(where, "at most 200 in one list");
                return List.of();
            }
            List<Map<?, ?>> rows = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) instanceof Map<?, ?> m) {
                    rows.add(m);
                } else {
                    problem(where + " " + (i + 1), "must have named fields (key: value)");
                }
            }
            return rows;
        }

        private String key(Map<?, ?> m, String field, String where) {
            String value = text(m, field, where, true, KEY_LENGTH);
            if (value != null && !value.matches("[A-Za-z0-9][A-Za-z0-9._\\-]*")) {
                problem(at(where, field), "use letters, digits, dots, hyphens and underscores only");
                return null;
            }
            return value;
        }

        private String text(Map<?, ?> m, String field, String where, boolean required, int max) {
            Object value = m.get(field);
            if (value == null || value instanceof String s && s.isBlank()) {
                if (required) {
                    problem(at(where, field), "enter the " + field);
                }
                return null;
            }
            if (!(value instanceof String) && !(value instanceof Number)) {
                problem(at(where, field), "must be text");
                return null;
            }
            String s = String.valueOf(value).strip();
            if (s.length() > max) {
                problem(at(where, field), "must be " + max + " characters or fewer");
                return null;
            }
            if (s.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
                problem(at(where, field), "must not contain control characters");
                return null;
            }
            return s;
        }

        private boolean bool(Map<?, ?> m, String field, String where) {
            Object value = m.get(field);
            if (value != null && !(value instanceof Boolean)) {
                problem(at(where, field), "enter true or false");
            }
            return Boolean.TRUE.equals(value);
        }

        private static String at(String where, String field) {
            return where.isEmpty() ? field : where + ", " + field;
        }

        private void problem(String where, String message) {
            if (problems.size() < 100) {
                problems.add(where + ": " + message);
            }
        }
    }
}
