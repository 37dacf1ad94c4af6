package org.brieflens.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class BriefDatesTest {
    @Test
    void takesTheDateOfTheInnermostPartitionFolder() {
        assertThat(BriefDates.fromPath("drops/dt=2026-01-02/late/dt=2026-03-04/a.txt"))
                .contains(LocalDate.of(2026, 3, 4));
    }

    @Test
    void takesADatePrefixOfTheFileName() {
        assertThat(BriefDates.fromPath("briefs/2026-10-12-samsung.txt")).contains(LocalDate.of(2026, 10, 12));
    }

    @Test
    void prefersTheFolderOverTheName() {
        assertThat(BriefDates.fromPath("dt=2026-05-01/2026-06-01-x.txt")).contains(LocalDate.of(2026, 5, 1));
    }

    @Test
    void leavesOtherPathsUndated() {
        assertThat(BriefDates.fromPath("undated/story.txt")).isEmpty();
        assertThat(BriefDates.fromPath("2026-10-12/story.txt")).isEmpty();
        assertThat(BriefDates.fromPath("story-2026-10-12.txt")).isEmpty();
    }

    @Test
    void rejectsImpossibleDates() {
        assertThatThrownBy(() -> BriefDates.fromPath("dt=2025-02-30/a.txt")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> BriefDates.parseIso("2025-13-01")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> BriefDates.parseIso("12/03/2025")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void acceptsLeapDays() {
        assertThat(BriefDates.parseIso("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void takesTheDatePartOfAnIsoDateTimeAsWritten() {
        assertThat(BriefDates.parseIso("2025-03-04T23:30:00-05:00")).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(BriefDates.parseIso("2025-03-04T10:15:30Z")).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(BriefDates.parseIso("2025-03-04T10:15")).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThatThrownBy(() -> BriefDates.parseIso("2025-02-30T10:15:30Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> BriefDates.parseIso("2025-03-04Tnoon")).isInstanceOf(DateTimeParseException.class);
    }
}
