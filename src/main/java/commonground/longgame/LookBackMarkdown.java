package commonground.longgame;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** The look-back of one person as Markdown: the sentences, then a table of the months, newest first. */
public final class LookBackMarkdown {

    private LookBackMarkdown() {
    }

    public static String render(String personName, List<String> sentences, List<MonthFigures> months,
                                List<String> moreNames) {
        StringBuilder md = new StringBuilder("# Looking back: ").append(escape(personName)).append("\n\n");
        for (String s : sentences) {
            md.append(escape(s)).append("\n\n");
        }
        if (months.isEmpty()) {
            return md.toString();
        }
        md.append("| Month | Check-ins | With signs of comfort | Signs of comfort | Good moments | Your needs (0 to 4)");
        moreNames.forEach(n -> md.append(" | ").append(escape(n)));
        md.append(" |\n|---|---:|---:|---:|---:|---:");
        moreNames.forEach(n -> md.append("|---:"));
        md.append("|\n");
        for (int i = months.size() - 1; i >= 0; i--) {
            MonthFigures m = months.get(i);
            md.append("| ").append(m.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
                    .append(m.month().getYear()).append(" | ").append(m.checkIns()).append(" | ")
                    .append(m.checkInsWithComfort()).append(" | ").append(m.comfortSigns()).append(" | ")
                    .append(m.goodMoments()).append(" | ")
                    .append(m.needsAverage() == null ? "" : String.format(Locale.ENGLISH, "%.1f", m.needsAverage()));
            moreNames.forEach(n -> md.append(" | ").append(m.more().getOrDefault(n, 0)));
            md.append(" |\n");
        }
        return md.toString();
    }

    /** Markdown's special characters in the user's words are escaped, so they show as typed. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_{}\\[\\]<>#|!])", "\\\\$1");
    }
}
