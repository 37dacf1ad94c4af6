package org.brieflens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding Chromium: a missing one fails with the way to install it, never skips. */
class HeadlessChromiumTest {
    @TempDir
    Path empty;

    @Test
    void withoutChromiumOnThePathTheBrowserTestFailsSayingHowToInstallIt() {
        assertThatThrownBy(() -> HeadlessChromium.executable(Map.of("PATH", empty.toString())))
                .hasMessage("chromium is not on the PATH: run scripts/install-chromium.sh (or set BRIEFLENS_CHROMIUM)");
    }

    @Test
    void aConfiguredChromiumMustBeAnExecutable() {
        String missing = empty.resolve("chromium").toString();
        assertThatThrownBy(() -> HeadlessChromium.executable(Map.of("BRIEFLENS_CHROMIUM", missing)))
                .hasMessage("BRIEFLENS_CHROMIUM='" + missing + "' is not an executable file");
    }

    @Test
    void theConfiguredChromiumWinsOverThePath() {
        Path installed = HeadlessChromium.executable(System.getenv());
        assertThat(HeadlessChromium.executable(Map.of("BRIEFLENS_CHROMIUM", installed.toString(), "PATH", empty.toString())))
                .isEqualTo(installed);
    }
}
