package app.attendance.face.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The beam rule: floor, growth with the graph at the measured sizes, ceiling, k, fixed beams. */
class SearchBeamTest {

    private final SearchBeam service = SearchBeam.adaptive(100);

    @Test
    void theFloorHoldsUpToAboutFiftySevenThousandSubjects() {
        assertThat(service.width(0, 2)).isEqualTo(100);
        assertThat(service.width(2_016, 2)).isEqualTo(100); // 10k faces
        assertThat(service.width(20_036, 2)).isEqualTo(100); // 100k faces: measured recall@1 1.000 at 100
        assertThat(service.width(57_000, 2)).isEqualTo(100);
        assertThat(service.width(58_000, 2)).isEqualTo(102);
    }

    @Test
    void growsWithTheSubjectsToThePowerOfFourFifths() {
        assertThat(SearchBeam.growth(1)).isEqualTo(1);
        assertThat(SearchBeam.growth(20_036)).isEqualTo(44);
        assertThat(service.width(80_178, 2)).isEqualTo(131); // 400k faces: measured 0.990 at 100, 0.998 at 150
        assertThat(service.width(200_199, 2)).isEqualTo(273); // 1M faces: measured 0.994 at 200, 1.000 at 400
        assertThat(service.width(1_000_000, 2)).isEqualTo(986);
    }

    @Test
    void stopsGrowingAtTheCeilingButAHigherFloorStillWins() {
        assertThat(service.width(1_040_000, 2)).isEqualTo(SearchBeam.CEILING);
        assertThat(service.width(4_000_000, 2)).isEqualTo(SearchBeam.CEILING);
        assertThat(service.width(Long.MAX_VALUE, 2)).isEqualTo(SearchBeam.CEILING);
        assertThat(SearchBeam.adaptive(2_000).width(4_000_000, 2)).isEqualTo(2_000);
    }

    @Test
    void neverNarrowerThanTheResultsAsked() {
        assertThat(service.width(1_000, 300)).isEqualTo(300);
        assertThat(SearchBeam.fixed(10).width(1_000_000, 20)).isEqualTo(20);
    }

    @Test
    void aFixedBeamIgnoresTheGraphSize() {
        assertThat(SearchBeam.fixed(40).width(1_000_000, 2)).isEqualTo(40);
        assertThat(SearchBeam.fixed(400).width(10, 2)).isEqualTo(400);
    }

    @Test
    void refusesAnEmptyBeam() {
        assertThatThrownBy(() -> SearchBeam.adaptive(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
