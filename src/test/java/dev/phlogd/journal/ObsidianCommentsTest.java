package dev.phlogd.journal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObsidianCommentsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            before %%hidden%% after          | before after
            %%all of it%%                    | ''
            a %%x%% b %%y%% c                | a b c
            code `%%kept%%` stays            | code `%%kept%%` stays
            ``a `%%` b``%%gone%%             | ``a `%%` b``
            100%% sure                       | 100
            no comment here                  | no comment here
            """)
    void takesOutInlineComments(String source, String expected) {
        assertThat(ObsidianComments.strip(source)).isEqualTo(expected);
    }

    @Test
    void aBlockCommentKeepsItsLineBreaksButNotItsText() {
        String source = "one\n%%\nsecret\nmore secret\n%%\ntwo\n";
        assertThat(ObsidianComments.strip(source)).isEqualTo("one\n\n\n\n\ntwo\n");
    }

    @Test
    void fencedCodeIsText() {
        String source = "```\n%% shown %%\n```\n%%hidden%%\n";
        assertThat(ObsidianComments.strip(source)).isEqualTo("```\n%% shown %%\n```\n\n");
    }

    @Test
    void aFenceInsideALogseqBlockIsTextToo() {
        String source = "- block\n\t- ```\n\t  %% shown %%\n\t  ```\n- %%hidden%% x\n";
        assertThat(ObsidianComments.strip(source)).isEqualTo("- block\n\t- ```\n\t  %% shown %%\n\t  ```\n- x\n");
    }

    @Test
    void anUnclosedCommentHidesTheRestOfTheFile() {
        assertThat(ObsidianComments.strip("seen %% not seen\nnor this\n")).isEqualTo("seen \n\n");
    }

    @Test
    void aCommentOpenedInsideAFenceDoesNotLeakPastIt() {
        String source = "```\n%% in code\n```\nafter\n";
        assertThat(ObsidianComments.strip(source)).isEqualTo(source);
    }
}
