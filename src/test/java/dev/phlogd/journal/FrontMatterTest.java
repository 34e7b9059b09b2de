package dev.phlogd.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
    /** Keys are compared as the regex this loop replaced would have made them. */
    @Property(tries = 2000)
    void keysNormalizeAsTheRegexDid(
            @ForAll
                    @Chars({' ', '\t', '\n', '\u000B', '\f', '\r', '_', '-', 'a', 'B', 'İ', 'ß', '\u00A0', '\u2003', '1'
                    })
                    String key) {
        assertThat(FrontMatter.normalize(key))
                .isEqualTo(key.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", ""));
    }

    @Test
    void hugoToml() {
        FrontMatter fm = FrontMatter.split(
                "+++\ntitle = \"Autumn\"\ndate = 2024-09-21\ntags = [\"a\", \"b\"]\ndraft = true\n+++\n\nBody\n");
        assertThat(fm.kind()).isEqualTo(FrontMatter.Kind.TOML);
        assertThat(fm.string("title")).hasValue("Autumn");
        assertThat(fm.get("date")).hasValue(LocalDate.of(2024, 9, 21));
        assertThat(fm.words("tags")).containsExactly("a", "b");
        assertThat(fm.bool("draft")).hasValue(true);
        assertThat(fm.body()).isEqualTo("\nBody\n");
        assertThat(fm.error()).isEmpty();
    }

    @Test
    void zolaTaxonomies() {
        FrontMatter fm = FrontMatter.split(
                "+++\ntitle = \"x\"\n[taxonomies]\ntags = [\"rust\"]\ncategories = [\"code\"]\n+++\nB");
        assertThat(fm.table("taxonomies").words("tags")).containsExactly("rust");
        assertThat(fm.table("taxonomies").words("categories")).containsExactly("code");
    }

    @Test
    void jekyllAndObsidianYaml() {
        FrontMatter fm = FrontMatter.split(
                "---\nlayout: post\ntitle: Weekly-#4 First insight\ntags: [Weekly, llm]\ncategories: code notes\n"
                        + "date created: Tuesday, September 6th 2022, 12:39:28 pm\npublished: false\n---\nBody");
        assertThat(fm.kind()).isEqualTo(FrontMatter.Kind.YAML);
        assertThat(fm.string("title")).hasValue("Weekly-#4 First insight");
        assertThat(fm.words("tags")).containsExactly("Weekly", "llm");
        assertThat(fm.words("categories")).containsExactly("code", "notes");
        assertThat(fm.string("date_created")).hasValue("Tuesday, September 6th 2022, 12:39:28 pm");
        assertThat(fm.bool("published")).hasValue(false);
        assertThat(fm.body()).isEqualTo("Body");
    }

    @Test
    void yamlTagsAsAPlainWord() {
        assertThat(FrontMatter.split("---\ntags: temp\n---\n").words("tags")).containsExactly("temp");
        assertThat(FrontMatter.split("---\ntags: a, b c\n---\n").words("tags")).containsExactly("a", "b c");
    }

    @Test
    void brokenYamlKeepsTheBodyAndSaysWhy() {
        FrontMatter fm = FrontMatter.split("---\ntitle: [unclosed\ndate: 2024-01-01\n---\nThe body survives.\n");
        assertThat(fm.values()).isEmpty();
        assertThat(fm.error()).hasValueSatisfying(e -> assertThat(e).startsWith("YAML line"));
        assertThat(fm.body()).isEqualTo("The body survives.\n");
    }

    @Test
    void brokenTomlKeepsTheBodyAndSaysWhy() {
        FrontMatter fm = FrontMatter.split("+++\ntitle = \"x\ndate = 2024-01-01\n+++\nStill here.");
        assertThat(fm.error()).hasValueSatisfying(e -> assertThat(e).startsWith("TOML line 2"));
        assertThat(fm.body()).isEqualTo("Still here.");
    }

    @Test
    void yamlThatIsNotAMap() {
        assertThat(FrontMatter.split("---\n- a\n- b\n---\nx").error())
                .hasValue("YAML front matter is not a list of key: value pairs");
    }

    @Test
    void aLoneRuleIsNotFrontMatter() {
        FrontMatter fm = FrontMatter.split("---\n\nJust a thematic break and text.\n");
        assertThat(fm.kind()).isEqualTo(FrontMatter.Kind.NONE);
        assertThat(fm.body()).isEqualTo("---\n\nJust a thematic break and text.\n");
    }

    @Test
    void emptyYamlBlock() {
        FrontMatter fm = FrontMatter.split("---\n---\nbody");
        assertThat(fm.kind()).isEqualTo(FrontMatter.Kind.YAML);
        assertThat(fm.values()).isEmpty();
        assertThat(fm.error()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void anUnclosedBlockIsReadUpToItsLastKeyValueLine() {
        FrontMatter fm = FrontMatter.split("---\ntitle: Storm\ntags:\n  - a\n\nThe wind rose.\n");
        assertThat(fm.string("title")).hasValue("Storm");
        assertThat(fm.words("tags")).containsExactly("a");
        assertThat(fm.body()).isEqualTo("The wind rose.\n");
        assertThat(fm.problem())
                .hasValueSatisfying(
                        p -> assertThat(p)
                                .isEqualTo(
                                        "not closed: the --- on line 1 has no closing ---; lines 2 to 4 are read as front matter"));
        FrontMatter toml = FrontMatter.split("+++\ntitle = \"Gale\"\nProse right after.\n");
        assertThat(toml.string("title")).hasValue("Gale");
        assertThat(toml.body()).isEqualTo("Prose right after.\n");
    }

    @org.junit.jupiter.api.Test
    void aRuleFollowedByProseIsNoFrontMatter() {
        FrontMatter fm = FrontMatter.split("---\n\nJust prose.\n");
        assertThat(fm.kind()).isEqualTo(FrontMatter.Kind.NONE);
        assertThat(fm.body()).isEqualTo("---\n\nJust prose.\n");
        assertThat(fm.problem()).isEmpty();
    }
}
