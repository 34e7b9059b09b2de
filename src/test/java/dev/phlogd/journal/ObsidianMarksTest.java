package dev.phlogd.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObsidianMarksTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a ==marked== word          | a **marked** word
            a == b and c==d            | a == b and c==d
            x ==y== `==code==`         | x **y** `==code==`
            ===                        | ===
            end of a paragraph ^a4b3a2 | end of a paragraph
            - item ^item-1             | - item
            ^tableid                   | ''
            x^2 stays                  | x^2 stays
            a footnote[^1]             | a footnote[^1]
            """)
    void marksBecomeMarkdown(String source, String expected) {
        assertThat(ObsidianMarks.apply(source)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            Page#^a4b3a2       ; Page
            Page#Heading       ; Page > Heading
            Page#^id|the rule  ; the rule
            """)
    void aLinkToABlockGoesToThePage(String inner, String shown) {
        assertThat(InlineSyntax.wikiDisplay(inner)).isEqualTo(shown);
        assertThat(InlineSyntax.wikiPage(inner)).isEqualTo("Page");
    }
}
