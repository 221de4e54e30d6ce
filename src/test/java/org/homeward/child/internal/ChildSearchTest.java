package org.homeward.child.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.access.ChildScope;
import org.homeward.support.HomewardTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@HomewardTest
@Transactional
class ChildSearchTest {

    @Autowired ChildRepository children;
    @Autowired ChildSearch search;
    @Autowired JdbcClient jdbc;

    UUID jaden;
    UUID siobhan;
    final String marker = UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");

    Child save(String given, String family, List<String> aliases, LocalDate dob, String caseId, String nhs, String upn) {
        Child c = children.save(new Child(UUID.randomUUID(), given, family, aliases.stream().map(ChildAlias::new).toList(),
                dob, "M", null, null, null, null, null, null, null, null, "NONE", null, null, null, caseId, null, nhs, upn,
                null, null, null, null, null,
                Instant.now(java.time.Clock.systemUTC()), Instant.now(java.time.Clock.systemUTC()), null));
        search.index(c);
        return c;
    }

    List<UUID> find(String text) {
        return search.find(ChildSearch.parse(text), ChildScope.everyChild());
    }

    @BeforeEach
    void someChildren() {
        jaden = save("Jaden", "Smith", List.of("Jay Boy"), LocalDate.of(2011, 4, 12), "SRCH-" + marker, "9434765919",
                null).id();
        siobhan = save("Siobhán", "O'Neill", List.of(), LocalDate.of(2010, 1, 2), null, null, "A123456789012").id();
        save("Jane", "Smithson", List.of(), LocalDate.of(2009, 5, 6), null, null, null);
    }

    @Test
    void findsAMisspeltSoundAlikeName() {
        assertThat(find("Jayden Smyth")).contains(jaden);
        assertThat(find("jaiden smith")).contains(jaden);
    }

    @Test
    void findsPartOfAName() {
        assertThat(find("Jad Smi")).contains(jaden);
        assertThat(find("smith").indexOf(jaden)).isLessThan(5);
    }

    @Test
    void findsAliasesAndNamesWithoutTheirAccentsOrApostrophes() {
        assertThat(find("jay boy")).contains(jaden);
        assertThat(find("Siobhan ONeill")).contains(siobhan);
        assertThat(find("siobhan o'neill")).contains(siobhan);
    }

    @Test
    void everyWordMustMatchSoUnrelatedChildrenAreNotFound() {
        assertThat(find("Jaden Zebedee")).doesNotContain(jaden);
    }

    @Test
    void findsByDateOfBirthAloneOrWithAName() {
        assertThat(find("12/04/2011")).contains(jaden);
        assertThat(find("Jaden 12/4/2011")).contains(jaden);
        assertThat(find("Jaden 13/4/2011")).doesNotContain(jaden);
    }

    @Test
    void findsByAnyIdentifier() {
        assertThat(find("srch-" + marker)).containsExactly(jaden);
        assertThat(find("943 476 5919")).contains(jaden);
        assertThat(find("a123456789012")).contains(siobhan);
    }

    @Test
    void theExactNameRanksAboveALikeSoundingOne() {
        UUID soundAlike = save("Jaydon", "Smyth", List.of(), LocalDate.of(2011, 4, 12), null, null, null).id();
        List<UUID> found = find("Jaden Smith");
        assertThat(found).contains(jaden, soundAlike);
        assertThat(found.indexOf(jaden)).isLessThan(found.indexOf(soundAlike));
    }

    @Test
    void aSearchLimitedToSomeChildrenFindsThemEvenWhenMoreThanAPageOfOthersMatchFirst() {
        String family = "Limited" + marker;
        for (int i = 0; i < ChildSearch.LIMIT + 5; i++) {
            save("Aaron" + (char) ('a' + i / 26) + (char) ('a' + i % 26), family, List.of(), LocalDate.of(2012, 1, 1),
                    null, null, null);
        }
        UUID last = save("Zachary", family, List.of(), LocalDate.of(2012, 1, 1), null, null, null).id();
        ChildScope onlyLast = ChildScope.referred(Set.of(last));

        assertThat(find(family)).hasSize(ChildSearch.LIMIT).doesNotContain(last);
        assertThat(search.find(ChildSearch.parse(family), onlyLast)).containsExactly(last);
        assertThat(search.find(ChildSearch.parse("1/1/2012"), onlyLast)).containsExactly(last);
        assertThat(search.find(ChildSearch.parse("srch-" + marker), onlyLast)).isEmpty();
        assertThat(search.find(ChildSearch.parse("Jaden Smith"), ChildScope.referred(Set.of()))).isEmpty();
    }
    /** Thousands of children sharing the family name, many sharing the given name, one with both. */
    String aCommonSurnameWithOneJadenAmongThousands() {
        String family = "Common" + marker;
        String[] given = {"Amelia", "Olivia", "Jayden", "Jade", "Jadon", "Oliver", "Isla", "Noah", "Leo", "Ava"};
        for (int i = 0; i < 2_000; i++) {
            save(given[i % given.length] + " " + (char) ('a' + i % 26), family, List.of(), LocalDate.of(2010, 1, 1),
                    null, null, null);
        }
        for (int i = 0; i < ChildSearch.LIMIT + 10; i++) {
            save("Jaden", "Other" + (char) ('a' + i / 26) + (char) ('a' + i % 26) + marker, List.of(),
                    LocalDate.of(2010, 1, 1), null, null, null);
        }
        return family;
    }

    @Test
    void theChildWithTheExactNameComesFirstAmongThousandsSharingTheirSurname() {
        String family = aCommonSurnameWithOneJadenAmongThousands();
        UUID exact = save("Jaden", family, List.of(), LocalDate.of(2011, 4, 12), null, null, null).id();

        List<UUID> found = find("Jaden " + family);

        assertThat(found).hasSize(ChildSearch.LIMIT).startsWith(exact);
        // Then the best sound-alike (Jayden, not Jadon or Jade), in name order.
        List<Child> rest = found.subList(1, found.size()).stream().map(id -> children.findById(id).orElseThrow()).toList();
        assertThat(rest).allSatisfy(c -> {
            assertThat(c.givenNames()).startsWith("Jayden ");
            assertThat(c.familyName()).isEqualTo(family);
        });
        assertThat(rest).map(Child::givenNames).isSorted();
        assertThat(find("Jaiden " + family)).startsWith(exact);
        assertThat(find("Jaden " + family.substring(0, 6))).startsWith(exact);
        assertThat(find("Jaden 12/4/2011")).contains(exact);
    }

    @Test
    void moreThanAPageWithTheExactNameComeInNameOrderBeforeAnyLikeSoundingName() {
        String family = aCommonSurnameWithOneJadenAmongThousands();
        List<UUID> exact = new java.util.ArrayList<>();
        for (int i = 0; i < ChildSearch.LIMIT + 5; i++) {
            exact.add(save("Jaden " + (char) ('a' + i / 26) + (char) ('a' + i % 26), family, List.of(),
                    LocalDate.of(2012, 1, 1), null, null, null).id());
        }

        List<UUID> found = find("Jaden " + family);

        assertThat(found).containsExactlyElementsOf(exact.subList(0, ChildSearch.LIMIT));
    }

    @Test
    void aNameWordIsForgottenOnceNoChildHasItAndCountedWhileSomeDo() {
        String rare = "Quorra" + marker;
        Child child = save(rare, "Smith", List.of(), LocalDate.of(2013, 3, 3), null, null, null);
        save(rare, "Jones", List.of(), LocalDate.of(2013, 3, 3), null, null, null);
        String word = ChildSearch.tokens(rare).get(0);
        assertThat(childrenWithWord(word)).isEqualTo(2);

        Child renamed = children.save(new Child(child.id(), "Renamed" + marker, "Smith", List.of(),
                child.dateOfBirth(), "M", null, null, null, null, null, null, null, null, "NONE", null, null, null,
                null, null, null, null, null, null, null, null, null, child.createdAt(), child.updatedAt(),
                child.version()));
        search.index(renamed);

        assertThat(childrenWithWord(word)).isEqualTo(1);
        assertThat(find(rare + " smith")).doesNotContain(child.id());
        assertThat(find("renamed" + marker + " smith")).contains(child.id());
        jdbc.sql("delete from child where given_names = :g").param("g", rare).update();
        assertThat(childrenWithWord(word)).isZero();
    }

    Integer childrenWithWord(String word) {
        return jdbc.sql("select coalesce(sum(children), 0) from child_name_word where word = :w").param("w", word)
                .query(Integer.class).single();
    }
}
