package org.brieflens.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MarkupTextTest {
    @Test
    void leavesPlainTextAlone() {
        String text = "Revenue rose 5% as a < b and c > d; <Nvidia> is not a tag here.";

        assertThat(MarkupText.isMarkup(text)).isFalse();
        assertThat(MarkupText.toPlainText(text)).isEqualTo(text);
    }

    @Test
    void dropsTagsScriptsStylesAndComments() {
        String html = "<html><body><!-- <p>hidden</p> --><p>Sony <em>raised</em> prices.</p>"
                + "<SCRIPT type=\"x\">alert('<p>no</p>')</SCRIPT><style>b {}</style><div>In Japan.</div></body></html>";

        assertThat(MarkupText.toPlainText(html).strip()).isEqualTo("Sony raised prices.\n\nIn Japan.");
    }

    @Test
    void decodesCharacterReferences() {
        assertThat(MarkupText.toPlainText("AT&amp;T&#8217;s &#x4E2D; &nbsp;&bogus; &#0; &#xD800;"))
                .isEqualTo("AT&T\u2019s \u4E2D  &bogus; &#0; &#xD800;");
    }

    @Test
    void anUnclosedScriptRunsToTheEnd() {
        assertThat(MarkupText.toPlainText("<p>Kept.</p><script>var a = 1;").strip()).isEqualTo("Kept.");
    }

    @Test
    void staysLinearOnHostileMarkup() {
        String hostile = "<p>" + "<script>".repeat(50_000) + "<".repeat(200_000) + "<b".repeat(100_000)
                + "&#".repeat(100_000) + "\n \n".repeat(100_000);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> MarkupText.toPlainText(hostile));
    }
}
