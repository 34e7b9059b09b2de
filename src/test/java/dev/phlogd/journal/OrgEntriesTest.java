package dev.phlogd.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrgEntriesTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            *bold* and /italic/                 ; **bold** and *italic*
            =code= and ~verbatim~               ; `code` and `verbatim`
            +gone+ and _under_                  ; ~~gone~~ and under
            [[https://a.example/x][the site]]   ; [the site](https://a.example/x)
            [[https://a.example/]]              ; <https://a.example/>
            [[Lamp log]]                        ; [[Lamp log]]
            [[file:notes/a.org][notes]]         ; [notes](notes/a.org)
            a/b/c and 3*4*5 stay                ; a/b/c and 3*4*5 stay
            =*not bold*= inside code            ; `*not bold*` inside code
            """)
    void inlineMarkupMeansTheSameInMarkdown(String org, String markdown) {
        assertThat(OrgEntries.inline(org)).isEqualTo(markdown);
    }

    private static JournalDocument parse(String name, String org) {
        return new JournalParser(70, ZoneOffset.UTC).parse(name, org.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
    }

    @Test
    void keywordsAreTheFrontMatter() {
        JournalDocument doc = parse(
                "x.org",
                "#+TITLE: Lamp log\n#+DATE: <2021-03-02 Tue 20:15>\n"
                        + "#+FILETAGS: :lighthouse:night:\n#+DRAFT: t\nText.\n");
        assertThat(doc.format()).isEqualTo(SourceFormat.ORG);
        assertThat(doc.whole().title()).isEqualTo("Lamp log");
        assertThat(doc.whole().date().iso()).isEqualTo("2021-03-02");
        assertThat(doc.whole().tags()).containsExactly("lighthouse", "night");
        assertThat(doc.whole().draft()).isTrue();
    }

    @Test
    void aJournalFileNamedByItsDateIsDatedByIt() {
        JournalDocument doc = parse("2020_10_08.org", "* Morning\nFog.\n");
        assertThat(doc.whole().date().iso()).isEqualTo("2020-10-08");
    }

    @Test
    void drawersPlanningAndCommentsNeverReachTheText() {
        JournalDocument doc = parse(
                "x.org",
                "* Task :work:\n:PROPERTIES:\n:secret: 42\n:END:\n"
                        + "SCHEDULED: <2020-10-09 Fri>\n# private\nSeen.\n");
        assertThat(doc.whole().text()).contains("Seen.").doesNotContain("secret", "SCHEDULED", "private");
        assertThat(doc.whole().tags()).containsExactly("work");
    }

    @Test
    void datedHeadlinesAreDatedSectionsLikeMarkdownHeadings() {
        JournalDocument doc = parse("log.org", "* 2021-03-01 Calm\nQuiet.\n* 2021-03-02 Gale\nWind.\n");
        assertThat(doc.sections()).extracting(s -> s.info().id()).containsExactly("2021-03-01", "2021-03-02");
    }
}
