package medsim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Draws from a posterior sample by weight. */
class PosteriorSampleTest {
    @TempDir
    Path dir;

    private PosteriorSample sample(String weights1, String weights2) throws IOException {
        Path file = dir.resolve("posterior.csv");
        Files.writeString(file, "particle,weight,distance,departures.inflowPeoplePerDay\n1," + weights1 + ",1,400\n2," + weights2 + ",1,2600\n");
        return PosteriorSample.read(file);
    }

    @Test
    void equalWeightsDrawEachParticleAboutHalfTheTimeEvenNearTheLargestDouble() throws IOException {
        for (String w : new String[] {"0.5", "1e308"}) {
            PosteriorSample s = sample(w, w);
            int[] draws = s.draws(1, 2_000);
            int first = 0;
            for (int d : draws) if (d == 0) first++;
            // weights whose sum overflows once drew the last particle every time
            assertTrue(first > 900 && first < 1_100, "weight " + w + ": particle 1 drawn " + first + " times of 2,000");
        }
    }

    @Test
    void aParticleOfWeightZeroIsNeverDrawn() throws IOException {
        PosteriorSample s = sample("0", "3");
        for (int d : s.draws(7, 500)) assertEquals(1, d);
    }
}
