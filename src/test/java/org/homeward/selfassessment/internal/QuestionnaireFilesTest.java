package org.homeward.selfassessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Questionnaire files read as data: the shipped reconstruction, both formats, and every problem named by where it is. */
class QuestionnaireFilesTest {

    @Test
    void theReconstructionHasTwelveAreasEachWithQuestionsAndAChecklist() {
        Questionnaire q = QuestionnaireFiles.read(Questionnaires.reconstructionFile()).questionnaire();
        assertThat(q).isNotNull();
        assertThat(q.reconstruction()).isTrue();
        assertThat(q.areas()).hasSize(12);
        assertThat(q.areas()).allSatisfy(a -> {
            assertThat(a.questions()).isNotEmpty();
            assertThat(a.checklist()).isNotEmpty();
        });
        assertThat(q.grade("dont-know").orElseThrow().flags()).isTrue();
        assertThat(q.scoring().threshold()).isEqualTo(1.5);
    }

    @Test
    void yamlAndJsonWrittenOutReadBackAsTheSameQuestionnaire() {
        Questionnaire q = QuestionnaireFiles.read(Questionnaires.reconstructionFile()).questionnaire();
        Questionnaire fromJson = QuestionnaireFiles.read(QuestionnaireFiles.json(q)).questionnaire();
        Questionnaire fromYaml = QuestionnaireFiles.read(QuestionnaireFiles.yaml(q)).questionnaire();
        assertThat(fromJson).isEqualTo(q);
        assertThat(fromYaml).isEqualTo(q);
        assertThat(QuestionnaireFiles.hash(fromYaml)).isEqualTo(QuestionnaireFiles.hash(q));
    }

    @Test
    void everyProblemIsNamedByWhereItIs() {
        QuestionnaireFiles.Read read = QuestionnaireFiles.read("""
                key: bad key
                version: "1"
                title: Broken
                scale:
                  - {code: a, label: A, score: 0}
                  - {code: a, label: B, score: lots}
                scoring: {rule: median, threshold: 1}
                areas:
                  - key: one
                    title: One
                    questions:
                      - {key: q1, text: ""}
                      - {key: q1, text: Again, evidence: ["Not A Figure"]}
                  - key: one
                    questions: []
                """);
        assertThat(read.questionnaire()).isNull();
        assertThat(read.problems()).contains(
                "key: use letters, digits, dots, hyphens and underscores only",
                "scale 2, code: another grade already has the code a",
                "scale 2, score: enter a whole number from 0 to 100",
                "scoring, rule: enter mean or minimum",
                "areas 1, questions 1, text: enter the text",
                "areas 1, questions 2, key: another question already has the key q1",
                "areas 1, questions 2, evidence: a figure's name is lower-case letters, digits, dots and hyphens",
                "areas 2, key: another area already has the key one",
                "areas 2, title: enter the title",
                "areas 2, questions: the list is missing or empty");
    }

    @Test
    void whatIsNotAQuestionnaireIsRefusedWithAReason() {
        assertThat(QuestionnaireFiles.read("").problems()).containsExactly("Paste the questionnaire file");
        assertThat(QuestionnaireFiles.read("just words").problems().get(0)).startsWith("The file must be a questionnaire");
        assertThat(QuestionnaireFiles.read("a: [").problems().get(0)).startsWith("The file is not valid YAML");
        assertThat(QuestionnaireFiles.read("{\"key\": ").problems().get(0)).startsWith("The file is not valid YAML or JSON");
        assertThat(QuestionnaireFiles.read("a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n").problems()).isNotEmpty();
        assertThat(QuestionnaireFiles.read("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]")
                .problems()).isNotEmpty();
    }
}
