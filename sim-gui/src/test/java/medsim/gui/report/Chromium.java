package medsim.gui.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

/**
 * Headless Chromium (Debian package {@code chromium}) for the report's browser tests: a page's
 * screenshot and its DOM as the browser built it. Without the binary the tests are skipped on
 * a developer's machine but fail in CI (CI=true), where .ci/run installs it.
 */
final class Chromium {
    static final int WIDTH_PX = 1280, HEIGHT_PX = 2000;

    private final Path binary;
    private final Path profile;

    private Chromium(Path binary, Path profile) {
        this.binary = binary;
        this.profile = profile;
    }

    /** The browser, with a profile of its own under {@code work}; skips the test without one, except in CI. */
    static Chromium acquire(Path work) throws IOException {
        Path binary = onPath("chromium");
        if (binary == null && "true".equals(System.getenv("CI"))) fail("CI=true and no chromium on the PATH; .ci/run installs the Debian package chromium");
        assumeTrue(binary != null, "browser test skipped: no chromium on the PATH (apt-get install chromium)");
        return new Chromium(binary, Files.createDirectories(work.resolve("chromium-profile")));
    }

    /** A page as the browser laid it out: its DOM, and where each chart (each {@code <figure>}'s SVG) is, in px from the top left. */
    record Page(String dom, List<Box> figures) {}

    /** A rectangle of the page, in px. */
    record Box(int left, int top, int width, int height) {}

    /** A script that writes each figure's SVG's place into the body's data-figures attribute: "left top width height;...". */
    private static final String PROBE = "<script>document.body.setAttribute('data-figures', Array.from(document.querySelectorAll('figure svg'))"
            + ".map(function(e){var r=e.getBoundingClientRect();return [r.left,r.top,r.width,r.height].map(Math.round).join(' ');}).join(';'));</script>";

    /** A screenshot of the page at {@link #WIDTH_PX} x {@link #HEIGHT_PX}, as the browser drew it. */
    BufferedImage screenshot(Path page, Path png) throws IOException, InterruptedException {
        run(List.of("--screenshot=" + png.toAbsolutePath(), page.toUri().toString()), null);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(WIDTH_PX, img.getWidth(), "screenshot width");
        return img;
    }

    /**
     * The page's DOM after the browser loaded it, and its figures' places: a copy of the page
     * with a script that measures them (the report itself has no script) is loaded at the
     * screenshot's window size.
     */
    Page layout(Path page, Path work) throws IOException, InterruptedException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Path probe = work.resolve(page.getParent().getFileName() + ".probe.html"), dom = work.resolve(page.getParent().getFileName() + ".dom.html");
        Files.writeString(probe, html.replace("</body>", PROBE + "\n</body>"), StandardCharsets.UTF_8);
        run(List.of("--dump-dom", probe.toUri().toString()), dom);
        String text = Files.readString(dom, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("data-figures=\"([0-9 ;.-]*)\"").matcher(text);
        assertTrue(m.find(), "the browser ran the probe");
        List<Box> boxes = new ArrayList<>();
        for (String b : m.group(1).split(";")) {
            if (b.isBlank()) continue;
            String[] v = b.strip().split(" ");
            boxes.add(new Box(Integer.parseInt(v[0]), Integer.parseInt(v[1]), Integer.parseInt(v[2]), Integer.parseInt(v[3])));
        }
        return new Page(text, boxes);
    }

    private void run(List<String> args, Path stdout) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--window-size=" + WIDTH_PX + "," + HEIGHT_PX, "--user-data-dir=" + profile.toAbsolutePath()));
        cmd.addAll(args);
        // No sandbox: CI runs as root in a container; /tmp instead of a container's small /dev/shm. Stderr: D-Bus complaints of a machine without one.
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 120 s: " + String.join(" ", cmd));
        }
        assertEquals(0, p.exitValue(), "chromium's exit code: " + String.join(" ", cmd));
    }

    /** The share of a box's pixels in the screenshot that are not white (the part of it inside the screenshot; NaN if none is). */
    static double inkedShare(BufferedImage img, Box box) {
        int x0 = Math.max(0, box.left()), y0 = Math.max(0, box.top());
        int x1 = Math.min(img.getWidth(), box.left() + box.width()), y1 = Math.min(img.getHeight(), box.top() + box.height());
        if (x1 <= x0 || y1 <= y0) return Double.NaN;
        long n = 0;
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) n++;
        return (double) n / ((long) (x1 - x0) * (y1 - y0));
    }

    /** The rows of the table with this id in a DOM, or fails if there is no such table. */
    static int tableRows(String dom, String id) {
        int start = dom.indexOf("<table id=\"" + id + "\"");
        assertTrue(start >= 0, "no table with id " + id);
        int end = dom.indexOf("</table>", start);
        String table = dom.substring(start, end);
        int rows = 0;
        for (int i = table.indexOf("<tbody>"); (i = table.indexOf("<tr", i + 1)) >= 0; ) rows++;
        return rows;
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }
}
