package org.homeward.child.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.ChildScope;
import org.homeward.child.ChildReferenceSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Finds children by name (partial, misspelt or sound-alike), by date of birth or by any
 * identifier, from one search box.
 */
@Repository
class ChildSearch {

    static final int LIMIT = 50;
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    /** {@code identifier} as typed (upper case); {@code compactIdentifier} without spaces or hyphens. */
    record Query(List<String> nameTokens, LocalDate dateOfBirth, String identifier, String compactIdentifier) {

        boolean empty() {
            return nameTokens.isEmpty() && dateOfBirth == null;
        }
    }

    private final JdbcClient jdbc;
    private final ChildNameSearch names;
    private final List<ChildReferenceSource> references;

    ChildSearch(JdbcClient jdbc, ChildNameSearch names, List<ChildReferenceSource> references) {
        this.jdbc = jdbc;
        this.names = names;
        this.references = references;
    }

    static Query parse(String text) {
        List<String> names = new ArrayList<>();
        LocalDate dob = null;
        String cleaned = text == null ? "" : text.strip();
        for (String word : cleaned.split("\\s+")) {
            LocalDate date = parseDate(word);
            if (date != null) {
                dob = date;
            } else {
                names.addAll(tokens(word));
            }
        }
        String identifier = cleaned.isEmpty() ? null : cleaned.toUpperCase();
        return new Query(List.copyOf(new LinkedHashSet<>(names)), dob, identifier, Identifiers.compact(identifier));
    }

    /** The searchable words of a name: lower case, without accents or punctuation. */
    static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase().replaceAll("['’`]", "");
        return Arrays.stream(plain.split("[^\\p{L}\\p{N}]+")).filter(t -> !t.isEmpty())
                .map(t -> t.length() > 100 ? t.substring(0, 100) : t).toList();
    }

    private static LocalDate parseDate(String word) {
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return LocalDate.parse(word, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /**
     * Keeps the child's name words current. Words the child keeps are left in place, so that saving
     * a record without renaming the child never touches the shared count of a common word.
     */
    void index(Child child) {
        Set<String> words = new LinkedHashSet<>(tokens(child.givenNames()));
        words.addAll(tokens(child.familyName()));
        child.aliasNames().forEach(a -> words.addAll(tokens(a)));
        String[] tokens = words.toArray(String[]::new);
        jdbc.sql("delete from child_name_token where child_id = :id and token <> all(cast(:tokens as text[]))")
                .param("id", child.id()).param("tokens", tokens).update();
        jdbc.sql("""
                insert into child_name_token (child_id, token, metaphone, family_name, given_names)
                select :id, t, coalesce(dmetaphone(t), ''), :family, :given from unnest(cast(:tokens as text[])) t
                on conflict (child_id, token) do update
                   set family_name = excluded.family_name, given_names = excluded.given_names
                 where (child_name_token.family_name, child_name_token.given_names)
                       is distinct from (excluded.family_name, excluded.given_names)""")
                .param("id", child.id()).param("tokens", tokens).param("family", child.familyName())
                .param("given", child.givenNames()).update();
    }

    /**
     * Children matching the query, best match first, among those in scope. The scope is tested in
     * each query, before its limit, so that children out of scope never crowd out those in it.
     */
    List<UUID> find(Query query, ChildScope scope) {
        UUID[] only = scope.ids();
        Set<UUID> found = new LinkedHashSet<>();
        if (query.identifier() != null) {
            found.addAll(jdbc.sql("""
                    select id from child
                     where (upper(council_case_id) = :v or upper(police_nominal_id) = :v
                            or nhs_number = :compact or upn = :compact or pnc_id = :pnc
                            or upper(missing_persons_ref) = :v)
                       and (cast(:only as uuid[]) is null or id = any(cast(:only as uuid[])))
                     order by family_name, given_names limit :limit""")
                    .param("v", query.identifier()).param("compact", query.compactIdentifier())
                    .param("pnc", Identifiers.compactPnc(query.identifier())).param("only", only)
                    .param("limit", LIMIT).query(UUID.class).list());
            references.forEach(source -> source.childrenWithReference(query.identifier()).stream()
                    .filter(scope::includes).forEach(found::add));
        }
        if (!query.nameTokens().isEmpty()) {
            found.addAll(names.find(query.nameTokens(), query.dateOfBirth(), only, LIMIT));
        } else if (query.dateOfBirth() != null) {
            found.addAll(jdbc.sql("""
                    select id from child
                     where date_of_birth = :dob and (cast(:only as uuid[]) is null or id = any(cast(:only as uuid[])))
                     order by family_name, given_names limit :limit""")
                    .param("dob", query.dateOfBirth()).param("only", only).param("limit", LIMIT)
                    .query(UUID.class).list());
        }
        return found.stream().limit(LIMIT).toList();
    }

    /**
     * Children who may be the one about to be added (DOMAIN.md: one record per child): the same date
     * of birth and a similar name, matched as the search box matches, on the first given name and the
     * family name (so a middle name typed only once still matches); or the same council case ID,
     * police nominal ID, PNC ID, missing persons reference, NHS number or UPN.
     */
    List<UUID> likelyDuplicates(Child candidate, ChildScope scope) {
        UUID[] only = scope.ids();
        Set<UUID> found = new LinkedHashSet<>(jdbc.sql("""
                select id from child
                 where (upper(council_case_id) = upper(cast(:council as text))
                        or upper(police_nominal_id) = upper(cast(:nominal as text))
                        or nhs_number = cast(:nhs as text) or upn = cast(:upn as text)
                        or pnc_id = cast(:pnc as text)
                        or upper(missing_persons_ref) = upper(cast(:missingRef as text)))
                   and (cast(:only as uuid[]) is null or id = any(cast(:only as uuid[])))
                 order by family_name, given_names limit :limit""")
                .param("council", blankAsNull(candidate.councilCaseId()))
                .param("nominal", blankAsNull(candidate.policeNominalId()))
                .param("nhs", blankAsNull(candidate.nhsNumber())).param("upn", blankAsNull(candidate.upn()))
                .param("pnc", blankAsNull(candidate.pncId()))
                .param("missingRef", blankAsNull(candidate.missingPersonsRef()))
                .param("only", only).param("limit", LIMIT).query(UUID.class).list());
        List<String> words = new ArrayList<>(tokens(candidate.givenNames()).stream().limit(1).toList());
        words.addAll(tokens(candidate.familyName()));
        if (!words.isEmpty() && candidate.dateOfBirth() != null) {
            found.addAll(names.find(List.copyOf(new LinkedHashSet<>(words)), candidate.dateOfBirth(), only, LIMIT));
        }
        return found.stream().limit(LIMIT).toList();
    }

    private static String blankAsNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
