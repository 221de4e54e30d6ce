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
import org.springframework.transaction.annotation.Transactional;

@HomewardTest
@Transactional
class ChildSearchTest {

    @Autowired ChildRepository children;
    @Autowired ChildSearch search;

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
}
