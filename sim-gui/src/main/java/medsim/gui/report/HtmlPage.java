package medsim.gui.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import medsim.format.Numbers;
import medsim.gui.chart.ChartCommand;
import medsim.gui.chart.PictureFiles;

/**
 * A self-contained HTML page built in order: headings, paragraphs, tables and inline SVG
 * pictures, with its style sheet in the page (no script, no font, no file or address it
 * loads). Text is escaped; the same calls give the same bytes.
 */
final class HtmlPage {
    private static final String STYLE = """
            body{font-family:sans-serif;margin:1.5em auto;max-width:1200px;padding:0 1em;color:#222;line-height:1.4}
            h1{font-size:1.6em;margin-bottom:0.2em}
            h2{font-size:1.3em;margin-top:1.8em;border-bottom:1px solid #ccc}
            h3{font-size:1.1em;margin-top:1.4em}
            p.lead{color:#555;margin-top:0}
            table{border-collapse:collapse;margin:0.6em 0;font-size:0.85em}
            th,td{border:1px solid #ccc;padding:0.2em 0.5em;vertical-align:top}
            th{background:#f0f0f0;text-align:left}
            td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tr.no td{background:#fde8e8}
            tr.yes td.flag{background:#e6f4e6}
            table.meta th{width:14em}
            code,pre{font-family:monospace;font-size:0.95em}
            pre{background:#f6f6f6;padding:0.6em;overflow-x:auto}
            div.scroll{overflow-x:auto}
            details{margin:0.6em 0}
            summary{cursor:pointer;font-weight:bold}
            figure{margin:1em 0}
            figure svg{width:100%;height:auto;border:1px solid #eee}
            .note{color:#555;font-size:0.9em}
            """;
    private static final MathContext SIGNIFICANT = new MathContext(4, RoundingMode.HALF_EVEN);

    private final StringBuilder body = new StringBuilder();
    private final String title;
    private int figures;

    HtmlPage(String title) {
        this.title = title;
    }

    HtmlPage h1(String text) { return tag("h1", text); }
    HtmlPage h2(String text) { return tag("h2", text); }
    HtmlPage h3(String text) { return tag("h3", text); }
    HtmlPage p(String text) { return tag("p", text); }

    HtmlPage lead(String text) {
        body.append("<p class=\"lead\">").append(escape(text)).append("</p>\n");
        return this;
    }

    HtmlPage note(String text) {
        body.append("<p class=\"note\">").append(escape(text)).append("</p>\n");
        return this;
    }

    HtmlPage pre(String text) {
        body.append("<pre>").append(escape(text)).append("</pre>\n");
        return this;
    }

    /** A two-column table of labels and values (the provenance of a result). */
    HtmlPage facts(List<String[]> labelValue) {
        body.append("<table class=\"meta\">\n");
        for (String[] lv : labelValue) body.append("<tr><th>").append(escape(lv[0])).append("</th><td>").append(escape(lv[1])).append("</td></tr>\n");
        body.append("</table>\n");
        return this;
    }

    /** A table that opens on a click ({@code <details>}): long lists a reader seldom needs, such as the input files. */
    HtmlPage folded(String summary, Table t) {
        body.append("<details><summary>").append(escape(summary)).append("</summary>\n");
        table(t);
        body.append("</details>\n");
        return this;
    }

    /** A table with a header row; cells that read as numbers are right-aligned. A table wider than the page scrolls on its own. */
    HtmlPage table(Table t) {
        body.append("<div class=\"scroll\"><table");
        if (t.id() != null) body.append(" id=\"").append(escape(t.id())).append('"');
        body.append(">\n<thead><tr>");
        for (String h : t.header()) body.append("<th>").append(escape(h)).append("</th>");
        body.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < t.rows().size(); r++) {
            String cls = t.rowClasses().get(r);
            body.append(cls.isEmpty() ? "<tr>" : "<tr class=\"" + cls + "\">");
            String[] row = t.rows().get(r);
            for (int c = 0; c < row.length; c++) {
                boolean numeric = isNumeric(row[c]);
                String cellClass = (numeric ? "n" : "") + (t.flagColumn() == c ? (numeric ? " flag" : "flag") : "");
                body.append(cellClass.isEmpty() ? "<td>" : "<td class=\"" + cellClass + "\">").append(escape(row[c])).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table></div>\n");
        return this;
    }

    /**
     * A drawing as inline SVG, its id ({@code fig3-outcomes}) numbered in the page's order, so
     * that the ids its SVG defines (clip paths) are the page's only ones of that name.
     */
    HtmlPage figure(ChartCommand.Drawing d) {
        String id = "fig" + (++figures) + "-" + d.name().replaceAll("[^A-Za-z0-9_-]", "_");
        body.append("<figure>").append(PictureFiles.svgElement(d.picture(), id)).append("</figure>\n");
        return this;
    }

    String html() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                + body + "</body>\n</html>\n";
    }

    private HtmlPage tag(String tag, String text) {
        body.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
        return this;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isNumeric(String s) {
        return s.matches("[-+−]?[0-9][0-9.,]*(e[-+]?[0-9]+)?%?");
    }

    /**
     * A number of a medsim file for a reader: whole numbers exactly, with thousands separators
     * ({@code 20,254}); others from 1,000 up to the unit ({@code 32,080}), below 1,000 to 4
     * significant digits ({@code 0.8235}, {@code 318.6}); an empty field (no value) stays empty,
     * and text that is no number stays as it is.
     */
    static String number(String field) {
        double v;
        try {
            v = Numbers.parse(field.strip());
        } catch (NumberFormatException e) {
            return field;
        }
        return number(v);
    }

    static String number(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
        if (v == 0) return "0";
        double a = Math.abs(v);
        if (a >= 1e15 || a < 1e-4) return String.format(Locale.ROOT, "%.3e", v);
        DecimalFormat f = new DecimalFormat("#,##0.#######", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        if (v == Math.rint(v) || a >= 1000) return f.format(Math.rint(v));
        return f.format(new BigDecimal(v).round(SIGNIFICANT));
    }

    /** A fraction as a signed percentage with one decimal ({@code +82.3%}); empty for no value. */
    static String percent(double fraction, boolean signed) {
        if (Double.isNaN(fraction)) return "";
        return String.format(Locale.ROOT, signed ? "%+.1f%%" : "%.1f%%", 100 * fraction);
    }
}
